/** Two colours per category; unknown categories get a hue from their name. */
const categoryColours: Readonly<Record<string, readonly [string, string]>> = {
  automotive: ['#1f3a93', '#4a90e2'],
  fashion_lifestyle: ['#8e2d56', '#e8a0bf'],
  beauty: ['#c2185b', '#f8bbd0'],
  tech: ['#0d47a1', '#26c6da'],
  gaming: ['#4a148c', '#7c4dff'],
  fitness: ['#e65100', '#ffb74d'],
  food: ['#bf360c', '#ffcc80'],
  travel: ['#00695c', '#80cbc4'],
  finance: ['#1b5e20', '#a5d6a7'],
  home: ['#5d4037', '#d7ccc8'],
  parenting: ['#f57f17', '#fff59d'],
  sustainable_fashion: ['#33691e', '#c5e1a5'],
  pets: ['#6d4c41', '#ffe0b2'],
  music: ['#311b92', '#ea80fc'],
};

function hueColours(seed: string): readonly [string, string] {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.codePointAt(0)!) % 360;
  return [`hsl(${hash}, 55%, 32%)`, `hsl(${(hash + 40) % 360}, 70%, 72%)`];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Initials of a display name: `NEST EGG` -> `NE`, `LUMIÈRE` -> `LU`. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? words.slice(0, 2).map((word) => [...word][0]) : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}

/** A 256x256 SVG avatar: a gradient in the category's colours with the name's initials. No script, no external reference. */
export function avatarSvg(name: string, category: string): string {
  const [dark, light] = categoryColours[category] ?? hueColours(category);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="' + escapeXml(name) + '">',
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">',
    `<stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/>`,
    '</linearGradient></defs>',
    '<rect width="256" height="256" rx="48" fill="url(#g)"/>',
    `<text x="128" y="150" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="96" font-weight="700" fill="#ffffff">${escapeXml(initials(name))}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
