#!/usr/bin/env bash
# Lighthouse scores of the storefront's busiest pages: bash bench/lighthouse.sh [BASE_URL] (from the repository root).
#
# Against a running shop (default the run command's demo shop, http://demo.localhost:8080): its home page, the listing,
# the first product's page, the cart with that product in it, the checkout of that cart, the tracking form and the
# tracking page of an order placed for the purpose (a guest order through the public API, as a shopper's;
# LIGHTHOUSE_ORDER names an existing order number instead; that page is kept out of search engines on purpose, so its
# SEO score stays low, see docs/storefront.md). Lighthouse
# runs with its mobile defaults (a mid-range phone's screen, 4x CPU slowdown, slow 4G simulated) in Debian's chromium
# (CHROME_PATH, default /usr/bin/chromium), fetched by npx (LIGHTHOUSE_VERSION, default 12.2.3, the version the
# storefront's targets were set with; 13 needs Node 22, Debian 12 has 20). Prints each page's performance, accessibility, best-practices and SEO scores (0-100) and marks any
# below 95; the JSON reports stay in bench/target/lighthouse/. Exits non-zero only when it could not measure.
#
# The cart and checkout pages need the visitor's cart cookie: Lighthouse gets it with --extra-headers (a Cookie header).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BASE=${1:-http://demo.localhost:8080}
BASE=${BASE%/}
OUT=bench/target/lighthouse
VERSION=${LIGHTHOUSE_VERSION:-12.2.3}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
TARGET_SCORE=95
mkdir -p "$OUT"

fail() { echo "lighthouse.sh: $*" >&2; exit 1; }
for tool in curl jq npx "$CHROME_PATH"; do
    command -v "$tool" >/dev/null || fail "$tool is missing"
done
curl -sf -o /dev/null "$BASE/" || fail "no shop answers at $BASE/ (start one with ./mvnw -Prun package)"

# A product to show and to put in the cart: the first the shop sells, with a shipping method for the guest order.
PRODUCT=$(curl -sf "$BASE/api/public/products/?page=1&page_size=20" \
    | jq -r '[.products[] | select(.product_type == "physical" and .stock > 0)][0].id // empty')
[[ -n $PRODUCT ]] || fail "the shop at $BASE sells no physical product in stock"

# The cart page with one product in it: the storefront's own form (its form token and cart cookie), as a browser posts.
JAR=$OUT/cookies.txt
rm -f "$JAR"
TOKEN=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/products/$PRODUCT" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="\([^"]*\)"/\1/')
[[ -n $TOKEN ]] || fail "the product page carries no form token"
curl -sf -o /dev/null -c "$JAR" -b "$JAR" -X POST --data-urlencode "_csrf=$TOKEN" --data "product_id=$PRODUCT&quantity=1" \
    "$BASE/cart/add" || fail "could not add the product to a cart"
COOKIES=$(awk -F'\t' '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$JAR")

ORDER=${LIGHTHOUSE_ORDER:-}
if [[ -z $ORDER ]]; then
    SHIPPING=$(curl -sf "$BASE/api/public/shipping-methods/" | jq -r '.shipping_methods[0].id // empty')
    CART=$(curl -sf -X POST -H 'Content-Type: application/json' "$BASE/api/cart/add/" \
        --data "{\"product_id\":\"$PRODUCT\",\"quantity\":1}" | jq -r '.cart_id // .cart.cart_id // empty')
    [[ -n $CART && -n $SHIPPING ]] || fail "could not fill an API cart or find a shipping method for the tracked order"
    ORDER=$(curl -sf -X POST -H 'Content-Type: application/json' "$BASE/api/orders/" --data "{\"cart_id\":\"$CART\",
        \"customer_email\":\"lighthouse@example.com\",\"customer_first_name\":\"Light\",\"customer_last_name\":\"House\",
        \"shipping_address\":{\"address_line1\":\"Bağdat Caddesi 1\",\"city\":\"Istanbul\",\"postal_code\":\"34000\",
        \"country\":\"TR\"},\"shipping_method_id\":\"$SHIPPING\"}" | jq -r '.order.order_number // empty')
    [[ -n $ORDER ]] || fail "could not place the order to track"
fi

# Chromium refuses some ports outright (ERR_UNSAFE_PORT: 10080, the run command's with a port offset of 2000, is one);
# the shop's own port is allowed explicitly.
PORT=$(sed -E 's#^[a-z]+://[^/:]+:?([0-9]*).*#\1#' <<<"$BASE")
FLAGS="--headless=new --no-sandbox --disable-dev-shm-usage${PORT:+ --explicitly-allowed-ports=$PORT}"

declare -a NAMES=(home listing product cart checkout tracking order-track)
declare -A URLS=([home]="$BASE/" [listing]="$BASE/products" [product]="$BASE/products/$PRODUCT" [cart]="$BASE/cart"
    [checkout]="$BASE/checkout" [tracking]="$BASE/track" [order-track]="$BASE/track/$ORDER")

printf '%-12s %-12s %-14s %-15s %-5s  %s\n' page performance accessibility best-practices seo url
below=0
for name in "${NAMES[@]}"; do
    headers='{}'
    [[ $name != cart && $name != checkout ]] || headers=$(jq -cn --arg c "$COOKIES" '{Cookie: $c}')
    npx --yes "lighthouse@$VERSION" "${URLS[$name]}" --quiet --output=json --output-path="$OUT/$name.json" \
        --only-categories=performance,accessibility,best-practices,seo --extra-headers="$headers" \
        --chrome-flags="$FLAGS" >"$OUT/$name.log" 2>&1 \
        || fail "Lighthouse failed on ${URLS[$name]}; see $OUT/$name.log"
    read -r perf a11y best seo < <(jq -r '[.categories[] | (.score * 100 | round)] | @tsv' "$OUT/$name.json")
    mark() { if (($1 < TARGET_SCORE)); then below=$((below + 1)); echo "$1*"; else echo "$1"; fi; }
    printf '%-12s %-12s %-14s %-15s %-5s  %s\n' "$name" "$(mark "$perf")" "$(mark "$a11y")" "$(mark "$best")" \
        "$(mark "$seo")" "${URLS[$name]}"
done
echo "target: $TARGET_SCORE or more in every category (* marks a score below it); reports in $OUT/"
