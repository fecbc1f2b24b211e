#!/usr/bin/env python3
"""Turns a hand-written gold list into a fixture's .gold.json by locating each surface.

usage: gold_offsets.py LIST.gold.list ARTICLE.txt OUT.gold.json

The list is the annotator's judgement, written by hand in text order, one mention a line:

    ref_date|2025-05-20
    surface|type|value or English names separated by ;|flags

type is person, country, place, organization or date; flags are letters: d (demonym),
o (optional), r (run into the previous word: no word boundary before it), and sN (skip the next
N occurrences of the surface first). Each surface is searched from the end of the previous
mention, at Arabic word boundaries (one-letter proclitics و ف ب ل ك allowed before it), so the
list must follow the text; offsets are Unicode code points. Nothing here looks at Lamha's output.
"""
import json, re, sys

ARABIC = re.compile(r'[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF]')
PROCLITICS = set('وفبلك')

def is_letter(c):
    return bool(ARABIC.match(c)) or c.isalnum()

def at_boundary(text, s, e, run_on):
    if e < len(text) and is_letter(text[e]):
        return False
    if run_on or s == 0 or not is_letter(text[s - 1]):
        return True
    # Allow up to two one-letter proclitics (وب، فل…) directly before, starting a word.
    i = s
    while i > 0 and s - i < 2 and text[i - 1] in PROCLITICS:
        i -= 1
        if i == 0 or not is_letter(text[i - 1]):
            return True
    return False

def main(list_path, text_path, out_path):
    text = open(text_path, encoding='utf-8').read()
    ref_date, mentions, cursor = None, [], 0
    for n, line in enumerate(open(list_path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('|')
        if parts[0] == 'ref_date':
            ref_date = parts[1]
            continue
        surface, typ, vals = parts[0], parts[1], parts[2]
        flags = parts[3] if len(parts) > 3 else ''
        skip = int(re.search(r's(\d+)', flags).group(1)) if re.search(r's(\d+)', flags) else 0
        pos = cursor
        while True:
            s = text.find(surface, pos)
            if s < 0:
                sys.exit(f'{list_path}:{n}: "{surface}" not found after offset {cursor}')
            e = s + len(surface)
            if at_boundary(text, s, e, 'r' in flags):
                if skip == 0:
                    break
                skip -= 1
            pos = s + 1
        m = {'start': s, 'end': e, 'text': surface, 'type': typ}
        key = 'value' if typ == 'date' else 'name_en'
        m[key] = [v.strip() for v in vals.split(';') if v.strip()]
        if 'd' in flags:
            m['demonym'] = True
        if 'o' in flags:
            m['optional'] = True
        mentions.append(m)
        cursor = e
    out = {'ref_date': ref_date, 'mentions': mentions}
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(f'{out_path}: {len(mentions)} mentions')

if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
