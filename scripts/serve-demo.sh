#!/usr/bin/env bash
# Try the web application in one command: builds thanhtra, creates ./demo.sqlite with the demo data of
# scripts/demo.sh, adds one demo account per role (the login is the role's name), starts `thanhtra serve` and prints
# the address and the logins. Ctrl-C stops it. PORT (default 8080) and HOST (default 127.0.0.1) choose the address.
#
#   scripts/serve-demo.sh              # then open http://127.0.0.1:8080/ and sign in as chanh_thanh_tra
#
# The demo password is for a demo on this machine only: never serve demo.sqlite to a network.
set -euo pipefail
cd "$(dirname "$0")/.."

password="${DEMO_PASSWORD:-thanhtra-demo-2026}"
log=demo.log
echo "serve-demo: building and creating demo.sqlite (scripts/demo.sh; its transcript goes to $log)" >&2
scripts/demo.sh >"$log" 2>&1 || { echo "serve-demo: scripts/demo.sh failed; see $log" >&2; exit 1; }
bin="$(swift build --show-bin-path)/thanhtra"
export THANHTRA_DB=demo.sqlite

# The first account must hold quan_tri and is added as the database's single user; the others are added by it.
printf '%s\n' "$password" | "$bin" account add quantri --name "Quản trị hệ thống" --role quan_tri --password-stdin >/dev/null
roles=(thanh_tra_vien truong_doan chanh_thanh_tra theo_doi_thu_nop bao_cao lanh_dao phap_che duyet_quy_tac)
names=("Thanh tra viên" "Trưởng đoàn" "Chánh Thanh tra" "Theo dõi thu nộp" "Báo cáo" "Lãnh đạo" "Pháp chế" "Duyệt quy tắc")
for index in "${!roles[@]}"; do
    printf '%s\n' "$password" | "$bin" account add "${roles[$index]}" --name "${names[$index]}" \
        --role "${roles[$index]}" --password-stdin --as quantri >/dev/null
done

host="${HOST:-127.0.0.1}"
port="${PORT:-8080}"
echo
echo "Logins (password: $password), one per role:"
echo "  quantri            quan_tri (accounts; no casework)"
for role in "${roles[@]}"; do printf '  %-18s %s\n' "$role" "$role"; done
echo
echo "Try: chanh_thanh_tra decides, theo_doi_thu_nop records payments, bao_cao files reports, lanh_dao reads the journal."
exec "$bin" serve --host "$host" --port "$port"
