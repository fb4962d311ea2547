#!/bin/sh
# Regenerates golden-X.Y.txt from the real CPythons (pyenv's versions folder first, then PATH).
cd "$(dirname "$0")" || exit 1
for v in 2.7 3.6 3.11; do
    py=$(ls "$(pyenv root 2>/dev/null)"/versions/$v.*/bin/python$v 2>/dev/null | head -1)
    [ -z "$py" ] && py=$(command -v python$v)
    if [ -z "$py" ]; then echo "python$v not found" >&2; continue; fi
    PYTHONHASHSEED=0 "$py" make_goldens.py values.txt > golden-$v.txt || exit 1
done
