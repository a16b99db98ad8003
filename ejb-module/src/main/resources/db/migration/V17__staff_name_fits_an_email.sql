-- A staff member who gives no name is known by their email address (StaffMember), which may have up to 254
-- characters: the name column must hold one. A name typed in is still at most 120 characters (the API checks it).
alter table staff_members alter column full_name type varchar(254);
