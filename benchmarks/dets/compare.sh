#!/usr/bin/env bash
# Chapter 9's dets comparison: for each of ROUNDS rounds, insert COUNT keys into a new dets
# table, halt the VM without closing it, reopen it, and count what is left; once as dets does
# by default, once with dets:sync/1 after every insert. Needs Erlang (apt-get install erlang-base).
set -euo pipefail
cd "$(dirname "$0")"
rounds=${ROUNDS:-10} count=${COUNT:-1000}
for mode in default sync; do
    lost_total=0
    for round in $(seq 1 "$rounds"); do
        file=$(mktemp -u /tmp/dets-XXXXXX.dets)
        escript dets_loss.escript write "$file" "$count" $([ "$mode" = sync ] && echo sync) >/dev/null
        found=$(escript dets_loss.escript read "$file" 2>/dev/null | sed -n 's/^found //p')
        lost_total=$((lost_total + count - found))
        rm -f "$file"
    done
    echo "dets, $mode: $rounds rounds of $count acknowledged inserts, then a halt: $lost_total lost in all"
done
echo "OTP: $(erl -noshell -eval 'io:format("~s", [erlang:system_info(otp_release)]), halt().')"
