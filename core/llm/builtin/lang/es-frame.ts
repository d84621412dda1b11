import type { Facts, FramePhrases, QuizItem } from './phrasebook.js';

export function esList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

export const esQuote = (text: string): string => `«${text}»`;

function quizItems(f: Facts): QuizItem[] {
  const items: QuizItem[] = [];
  const [a, b] = f.features;
  if (a !== undefined && b !== undefined) {
    items.push({ question: `¿Cuál de estas opciones ofrece ${f.name}?`, options: [a, b, 'Las dos'], answer: `Las dos — ${a} y ${b}.` });
  }
  for (const x of f.features) items.push({ question: `Verdadero o falso: ${f.name} incluye ${x}.`, options: [], answer: 'Verdadero.' });
  if (f.use !== null) items.push({ question: `¿Para qué sirve ${f.name}?`, options: [], answer: `Para ${f.use}.` });
  if (f.description !== null) items.push({ question: `¿Cómo describirías ${f.name} en una frase?`, options: [], answer: `${esQuote(f.description)}.` });
  if (f.topics.length > 0) items.push({ question: `¿Sobre qué temas suele hablar ${f.persona}?`, options: [], answer: `${esList(f.topics)}.` });
  items.push({ question: '¿De qué producto trata este quiz?', options: [], answer: `${f.name}.` });
  return items;
}

/** Spanish: labels and frame lines of each structure. */
export const esFrame: FramePhrases = {
  list: esList,
  quote: esQuote,
  thread: { intro: (f) => [`Un hilo sobre ${f.name}.`, `${f.name}, en unos cuantos posts.`] },
  review: {
    pros: 'Pros:',
    cons: 'Contras:',
    verdict: 'Veredicto:',
    unlisted: 'Todavía no se indican características concretas, así que aquí no invento ninguna.',
    title: (f) => [`Reseña de ${f.name}`, `${f.name}, a prueba`],
    cons_lines: (f) => [
      ['Del precio no puedo hablar aquí, así que valora tú si compensa.', 'Sin un precio que valorar, la relación calidad-precio la decides tú.'],
      ['Solo puedo responder por las características indicadas; lo demás te toca comprobarlo.', 'Lo que no aparezca en la lista de características, compruébalo antes de comprar.'],
      [f.use === null ? 'Si tus necesidades son muy concretas, revisa primero la ficha técnica completa.' : `Si lo necesitas para algo más que ${f.use}, revisa primero la ficha técnica completa.`],
      ['No es un producto para todos los perfiles.'],
    ],
    verdict_lines: (f) => [
      [f.features[0] === undefined ? `Para el perfil adecuado, ${f.name} merece una reflexión.` : `Si ${f.features[0]} es importante para ti, ${f.name} es fácil de recomendar.`],
      ['Para el uso previsto, el argumento es sólido.', 'Dentro de lo que se propone, convence.'],
    ],
  },
  article: {
    title: (f) => [`${f.name}: lo que necesitas saber`, `${f.name} a fondo`, `${f.name}, explicado`],
    byline: (f) => `Por ${f.persona}`,
    heads: {
      facts: () => ['Lo que destaca', 'Los puntos clave'],
      use: () => ['Para quién es', 'Dónde encaja'],
      take: (f) => ['Mi opinión', `La mirada de ${f.persona}`],
      bottom: () => ['En resumen', 'Conclusión'],
    },
  },
  video: {
    scene: (n) => `ESCENA ${n}`,
    vo: 'Voz en off:',
    shots: (f) => [
      [`primer plano de ${f.name}.`, `travelling lento hacia ${f.name}.`],
      [`${f.persona} a cámara, con calma.`, `${f.persona} en cámara, plano medio.`],
      [f.features[0] === undefined ? `planos de detalle de ${f.name}.` : `texto en pantalla: ${f.features[0]}.`],
      ['plano general, el producto en uso.', 'el producto en su entorno natural.'],
      [`cierre con el nombre ${f.name}.`],
    ],
  },
  press: {
    release: 'NOTA DE PRENSA – PARA DIFUSIÓN INMEDIATA',
    dateline: 'EN LÍNEA —',
    title: (f) => [`${f.persona} presenta ${f.name}`, `${f.name}, protagonista junto a ${f.persona}`],
    lead: (f) => [`${f.persona} presenta hoy ${f.name}.`, `${f.persona} pone hoy el foco en ${f.name}.`],
    feature: (f, x) => [`${f.name} incluye ${x}.`, `Entre las características clave de ${f.name} figura ${x}.`, `${x} es una parte central de lo que ofrece ${f.name}.`],
    body: (f) => [
      ['El anuncio se centra en lo que el producto ofrece realmente.', 'El foco está en el producto y en sus características.'],
      [`La presentación de ${f.name} se ciñe a las características que indica el fabricante.`],
      ['Se darán más detalles en cuanto estén disponibles.', 'Habrá más información próximamente.'],
    ],
    said: (f, words) => [`En palabras de ${f.persona}: «${words}»`, `Como resume ${f.persona}: «${words}»`, `${f.persona} lo explica así: «${words}»`],
    about: (name) => `Acerca de ${name}`,
    aboutLines: (f) => [
      ...(f.description === null ? [] : [[`${f.name}: ${esQuote(f.description)}.`]]),
      ...(f.features.length === 0 ? [] : [[`Características clave: ${esList(f.features)}.`]]),
    ],
    end: '###',
  },
  attribution: (f) => `— ${f.persona}, ${f.headline}`,
  quiz: {
    title: (f) => [`El quiz de ${f.name}`, `Quiz: ¿cuánto sabes de ${f.name}?`],
    q: (n) => `Pregunta ${n}:`,
    answer: 'Respuesta:',
    items: quizItems,
  },
  landing: {
    headline: (f) => [`Descubre ${f.name}`, `${f.name}, de un vistazo`],
    sub: (f) => [f.use === null ? 'Todo lo que necesitas saber, en un solo lugar.' : `Pensado para ${f.use}.`],
    heads: { get: ['Lo que obtienes', 'Qué incluye'], why: ['Por qué importa', 'Por qué merece una mirada'], who: ['Para quién es', 'A quién va dirigido'] },
  },
  email: {
    subject: 'Asunto:',
    subjects: (f) => [`${f.name}: la versión corta`, `Una nota rápida sobre ${f.name}`, `Lo que deberías saber de ${f.name}`],
    greeting: ['¡Hola!', 'Hola, ¿qué tal?'],
    signoff: (f) => [`Un saludo,\n${f.persona}`, `Hasta pronto,\n${f.persona}`],
  },
  joint: {
    headline: (f) => [`${f.persona} × ${f.name}`],
    heads: { together: ['Lo que haremos juntos', 'La colaboración'], next: ['Lo que viene', 'Próximamente'] },
    lines: (f) => [
      [`${f.persona} y ${f.name} comparten un principio: decir solo lo que se puede demostrar.`],
      ['Compartiremos más a medida que avance.', 'Habrá más detalles a medida que todo tome forma.'],
      ['Súmate: esto pretende ser una conversación.', 'Participa, pregunta y cuéntanos qué opinas.'],
    ],
  },
};
