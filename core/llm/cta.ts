import type { ContentType } from './types.js';

type Lines = Readonly<Record<ContentType, (name: string) => string>>;

const CTA: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'hi', Lines>> = {
  en: {
    product_review: (n) => `Take a closer look at ${n} and decide for yourself.`,
    product_launch: (n) => `Be among the first to discover ${n}.`,
    testimonial: (n) => `Try ${n} for yourself.`,
    lead_magnet: (n) => `Sign up to get the full ${n} guide.`,
    trivia: (n) => `Think you know ${n}? Share your answers in the comments.`,
    collab_content: (n) => `Follow along to see what's next for ${n}.`,
  },
  de: {
    product_review: (n) => `Schau dir ${n} genauer an und bilde dir dein eigenes Urteil.`,
    product_launch: (n) => `Entdecke ${n} jetzt.`,
    testimonial: (n) => `Probier ${n} selbst aus.`,
    lead_magnet: (n) => `Melde dich an und hol dir den kompletten Guide zu ${n}.`,
    trivia: (n) => `Du kennst ${n}? Schreib deine Antworten in die Kommentare.`,
    collab_content: (n) => `Folge uns, damit du nicht verpasst, wie es mit ${n} weitergeht.`,
  },
  fr: {
    product_review: (n) => `Découvrez ${n} de plus près et faites-vous votre propre avis.`,
    product_launch: (n) => `Découvrez ${n} dès maintenant.`,
    testimonial: (n) => `Essayez ${n} et jugez par vous-même.`,
    lead_magnet: (n) => `Inscrivez-vous pour recevoir le guide complet sur ${n}.`,
    trivia: (n) => `Vous pensez connaître ${n} ? Partagez vos réponses en commentaire.`,
    collab_content: (n) => `Suivez-nous pour découvrir la suite avec ${n}.`,
  },
  es: {
    product_review: (n) => `Echa un vistazo a ${n} y saca tus propias conclusiones.`,
    product_launch: (n) => `Descubre ${n} ahora.`,
    testimonial: (n) => `Prueba ${n} y compruébalo por tu cuenta.`,
    lead_magnet: (n) => `Suscríbete y recibe la guía completa de ${n}.`,
    trivia: (n) => `¿Crees que conoces ${n}? Deja tus respuestas en los comentarios.`,
    collab_content: (n) => `Síguenos para no perderte lo que viene con ${n}.`,
  },
  hi: {
    product_review: (n) => `${n} को करीब से देखें और खुद फ़ैसला करें।`,
    product_launch: (n) => `${n} के बारे में अभी जानें।`,
    testimonial: (n) => `${n} को खुद आज़माकर देखें।`,
    lead_magnet: (n) => `${n} की पूरी गाइड पाने के लिए अभी साइन अप करें।`,
    trivia: (n) => `क्या आप ${n} को अच्छी तरह जानते हैं? अपने जवाब कमेंट में लिखें।`,
    collab_content: (n) => `${n} के साथ आगे क्या होता है, यह देखने के लिए हमें फ़ॉलो करें।`,
  },
};

/**
 * A natural call to action for a content type, in the language (English for languages it
 * has no phrasing for). The content plugin passes it as `request.cta`.
 *
 * @example ctaLine('product_launch', 'de', 'EV Series X Pro') // "Entdecke EV Series X Pro jetzt."
 */
export function ctaLine(contentType: ContentType, language: string, productName: string): string {
  const base = language.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  const lines = Object.hasOwn(CTA, base) ? CTA[base as keyof typeof CTA] : CTA.en;
  return lines[contentType](productName.trim());
}
