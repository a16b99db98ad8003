package io.kervan.esim.domain;

/**
 * What a phone needs to download an eSIM: its ICCID, the activation code ({@code matchingId}) and the SM-DP+ server.
 * {@code profileStatus} is eSIM Go's (Released, Downloaded, Installed, Unavailable, Deactivated), null when not told.
 */
public record InstallDetails(String iccid, String matchingId, String smdpAddress, String profileStatus) {

    /** The LPA activation string a QR code carries: {@code LPA:1$<SM-DP+ address>$<matching id>}. */
    public String lpa() {
        return "LPA:1$" + smdpAddress + "$" + matchingId;
    }
}
