/**
 * What a reader would call a broken generation, as checks the tests share: template holes,
 * empty sections and sentences said twice.
 */

/** `undefined`, `null`, `NaN`, `[object Object]`, `{placeholder}` or `${...}` left in the text. */
export function templateHoles(text: string): string[] {
  const found = text.match(/\b(?:undefined|null|NaN)\b|\[object [A-Za-z]+\]|\$?\{[^}]*\}|\{\{|\}\}/gu);
  return found ?? [];
}

/**
 * Headings and labels with nothing under them: a paragraph that is only a "#"-heading or
 * ends with a label line (ending in ":"), a blank paragraph, or a "VO:"-style lead with no text.
 */
export function emptySections(text: string): string[] {
  const problems: string[] = [];
  for (const paragraph of text.split('\n\n')) {
    const lines = paragraph.split('\n');
    const last = (lines[lines.length - 1] ?? '').trim();
    if (paragraph.trim() === '') problems.push('(blank paragraph)');
    else if (/^##\s/u.test(last) || (lines.length > 1 && /[:：]$/u.test(last))) problems.push(last);
    for (const line of lines) if (/^[^\s].*:\s*$/u.test(line) && lines.length === 1 && !/\s/u.test(line.trim())) problems.push(line);
  }
  if (/\n{3,}/u.test(text)) problems.push('(three or more newlines)');
  return problems;
}

/** Sentences split at . ! ? । and line ends; "Answer: True."-sized fragments (under 4 words) are labels, not sentences. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?।])\s+|\n+/u)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.split(/\s+/u).length >= 4);
}

export function repeatedSentences(text: string): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const sentence of sentencesOf(text)) {
    if (seen.has(sentence)) repeated.push(sentence);
    seen.add(sentence);
  }
  return repeated;
}
