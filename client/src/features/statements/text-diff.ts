/** One run of the diff: text common to both sides, only in the new text, or only in the old. */
export interface DiffPart {
  kind: 'same' | 'insert' | 'delete';
  text: string;
}

/**
 * Words and the whitespace between them, as separate tokens, so that a diff of tokens
 * rebuilds both texts exactly (line breaks included).
 */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

// Beyond this many cells the LCS table would take too much memory in a browser tab;
// a statement is far smaller, but a pathological paste must not freeze the page.
const MAX_CELLS = 25_000_000;

/**
 * Word-level diff of two texts by longest common subsequence. Common prefix and suffix are
 * stripped first (revisions usually touch a small part), then a classic LCS table decides the rest.
 * Adjacent parts of the same kind are merged; concatenating the `same` and `delete` parts gives
 * `before`, the `same` and `insert` parts give `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };

  push('same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    push('delete', midA.join(''));
    push('insert', midB.join(''));
  } else {
    // lengths[i * (m + 1) + j] = LCS length of midA[i..] and midB[j..]
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] =
          midA[i] === midB[j]
            ? lengths[(i + 1) * width + j + 1]! + 1
            : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push('same', midA[i]!);
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
        push('delete', midA[i]!);
        i++;
      } else {
        push('insert', midB[j]!);
        j++;
      }
    }
    while (i < n) push('delete', midA[i++]!);
    while (j < m) push('insert', midB[j++]!);
  }
  push('same', a.slice(endA).join(''));
  return parts;
}

/** The text on one side of a diff, for checking that nothing was lost. */
export function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join('');
}
