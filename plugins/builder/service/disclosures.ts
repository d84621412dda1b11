// The AI-generated label per language. The content plugin appends the full disclosures at
// generation time; samples carry the label so evaluation checks what readers would see.
// (A plugin may import only another's tokens and events, so the labels are repeated here.)
const AI_LABELS: Readonly<Record<string, string>> = {
  en: '#AIgenerated',
  de: '#KIgeneriert',
  fr: '#GénéréParIA',
  es: '#GeneradoPorIA',
  hi: '#AIनिर्मित',
  it: '#GeneratoDaIA',
  pt: '#GeradoPorIA',
  nl: '#AIgegenereerd',
  ja: '#AI生成',
  zh: '#AI生成',
};

export function aiLabelFor(language: string): string {
  return AI_LABELS[language] ?? '#AIgenerated';
}

/** The text with its AI label, unless the provider already wrote it. */
export function labelled(text: string, language: string): string {
  const label = aiLabelFor(language);
  return text.toLocaleLowerCase().includes(label.toLocaleLowerCase()) ? text : `${text}\n\n${label}`;
}
