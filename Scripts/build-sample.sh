#!/usr/bin/env bash
# Rebuilds graphs/sample/: the seed article (graphs/seed) and the first 30 articles of ../shared/corpus
# (by index order) with their index rows, and corpus-graph.jsonl extracted from them with `weft extract`
# (loaded by `weft` with no arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus}
out=graphs/sample/articles
rm -rf "$out" && mkdir -p "$out"
head -1 "$corpus/index.tsv" > "$out/index.tsv"
tail -n +2 "$corpus/index.tsv" | head -30 > /tmp/weft-sample-index.$$
printf '000_74f52d3c09a29191.txt\tseed\tgraphs/seed/seed-article.txt\tNgoai_giao\tBáo Chính phủ\t%s\t-\tThủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Suga Yoshihide\tthe article weft started from\n' \
    "$(wc -m < graphs/seed/seed-article.txt)" >> "$out/index.tsv"
cp graphs/seed/seed-article.txt "$out/000_74f52d3c09a29191.txt"
cat /tmp/weft-sample-index.$$ >> "$out/index.tsv"
cut -f1 /tmp/weft-sample-index.$$ | while read -r name; do cp "$corpus/articles/$name" "$out/"; done
rm -f /tmp/weft-sample-index.$$
.build/debug/weft extract "$out" > graphs/sample/corpus-graph.jsonl
echo "wrote $(ls "$out"/*.txt | wc -l) articles and graphs/sample/corpus-graph.jsonl ($(wc -l < graphs/sample/corpus-graph.jsonl) lines)"
