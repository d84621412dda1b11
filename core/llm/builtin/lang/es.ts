import type { AnglePhrases, Facts } from './phrasebook.js';
import { esList, esQuote } from './es-frame.js';

const first = (f: Facts): string => f.features[0] ?? '';

/**
 * Spanish: the angle of each content type, first person, "tú". Sentences avoid agreeing an
 * adjective with the product or the persona, whose gender the request does not give.
 */
export const esAngles: AnglePhrases = {
  hook: {
    product_review: (f) => [
      `He revisado a fondo todo lo que promete ${f.name}, y esta es mi opinión sincera.`,
      `${f.name} pasa esta semana por mi banco de pruebas.`,
      `Hora de la reseña: ${f.name}, frente a sus propias promesas.`,
      `Me preguntan mucho por ${f.name}, así que aquí va mi respuesta.`,
    ],
    product_launch: (f) => [
      `Ya está aquí: ${f.name} se lanza oficialmente.`,
      `Día de lanzamiento, y todo el mundo habla de ${f.name}.`,
      `Se acabó la espera: por fin llega ${f.name}.`,
      `Te presento ${f.name}, que llega ahora mismo.`,
    ],
    testimonial: (f) => [
      `No esperaba gran cosa, pero ${f.name} me conquistó.`,
      `Esta es mi experiencia con ${f.name}, con mis propias palabras.`,
      `Una historia corta y sincera sobre ${f.name}.`,
    ],
    lead_magnet: (f) => [
      `¿Estás pensando en ${f.name}? He preparado la guía breve que me habría gustado tener.`,
      `Antes de decidirte por ${f.name}, lee esto.`,
      `Todo lo importante sobre ${f.name}, reunido en un solo lugar.`,
    ],
    trivia: (f) => [
      `Trivia rápida: ¿cuánto sabes de ${f.name}?`,
      `Hora del quiz, y hoy el tema es ${f.name}.`,
      `Ponte a prueba con la edición ${f.name} de nuestro quiz.`,
    ],
    collab_content: (f) => [
      `Una colaboración que me hace mucha ilusión: ${f.persona} y ${f.name}.`,
      `Me uno a ${f.name}, y quiero contarte por qué.`,
      `Dos nombres, una idea: ${f.persona} y ${f.name}.`,
    ],
  },
  feature: {
    product_review: (f, x) => [
      `Miré ${x} con lupa, y es lo que merece tu atención.`,
      `De todo lo que aparece en la lista, ${x} es lo que más pesa para mí.`,
      `${x} tiene mucho peso en mi valoración.`,
    ],
    product_launch: (f, x) => [
      `Novedad de este lanzamiento: ${x}.`,
      `En el centro del lanzamiento está ${x}.`,
      `${f.name} llega con ${x}, y solo eso ya merece una mirada.`,
    ],
    testimonial: (f, x) => [
      `Lo que me ganó fue ${x}.`,
      `Para mí, ${x} marcó la diferencia.`,
      `Me fijé en ${x} desde el primer momento.`,
    ],
    lead_magnet: (f, x) => [
      `Empieza por ${x}, porque ahí es donde ${f.name} enseña sus cartas.`,
      `Conviene saberlo pronto: ${f.name} incluye ${x}.`,
      `Pon ${x} en lo más alto de tu lista de comprobación.`,
    ],
    trivia: (f, x) => [
      `Dato curioso: ${f.name} viene con ${x}.`,
      `¿Sabías que ${x} forma parte de ${f.name}?`,
      `Una para tu próxima noche de quiz: ${f.name} trae ${x}.`,
    ],
    collab_content: (f, x) => [
      `Juntos ponemos ${x} en el centro de atención.`,
      `Lo que me atrajo de esta alianza fue ${x}.`,
      `Nuestra colaboración empieza por ${x}, y verás por qué.`,
    ],
  },
  angle: {
    product_review: () => [
      ['Juzgo un producto por lo que promete, no por lo que a uno le gustaría que prometiera.', 'Mi regla para las reseñas: comprobar lo prometido e ignorar el ruido.'],
      ['Una ficha técnica es un punto de partida, no un veredicto.', 'Las especificaciones abren la conversación; el uso diario la cierra.'],
      ['Lo que importa es si cumple un martes cualquiera, no sobre un escenario.', 'La prueba de verdad es una semana normal, no un evento de lujo.'],
      ['Tendrás mi opinión directa, como siempre.', 'Prefiero darte una respuesta clara antes que una larga.'],
      ['Cada punto aquí se basa en lo que el producto realmente ofrece.', 'Me ciño a los hechos, sin especular.'],
    ],
    product_launch: () => [
      ['Los lanzamientos hacen ruido; a mí me importa lo que seguirá contando dentro de un mes.', 'La euforia pasa rápido, así que me fijo en lo que dura.'],
      ['Es el momento de mirarlo con ojos nuevos.', 'La primera impresión cuenta, así que aquí va la mía.'],
      ['Un lanzamiento nuevo merece un resumen claro, no solo fanfarria.', 'Déjame filtrar el ruido del lanzamiento por ti.'],
      ['Cada lanzamiento hace promesas; estas son las que hay sobre la mesa.', 'Esto es lo que realmente se promete.'],
    ],
    testimonial: () => [
      ['No es fácil impresionarme, así que esto dice mucho.', 'Soy exigente con estas cosas, por eso cuenta.'],
      ['Para mí cuentan los pequeños detalles del día a día.', 'Es en el día a día donde un producto demuestra lo que vale.'],
      ['Empecé con dudas y no duraron mucho.', 'Mis dudas desaparecieron pronto.'],
      ['Me gustan los productos que simplemente hacen lo que dicen.', 'Cumplir lo prometido es lo que se gana mi confianza.'],
    ],
    lead_magnet: () => [
      ['Las buenas decisiones empiezan con las preguntas correctas.', 'Las preguntas correctas te ahorran muchas dudas.'],
      ['Esta es la lista que me gustaría tener antes de elegir.', 'Considéralo tu chuleta.'],
      ['Sin relleno, solo los puntos que te ayudan a decidir.', 'Me quedé solo con lo que de verdad te ayuda a decidir.'],
      ['Guárdalo para más tarde; te será útil.', 'Tenlo a mano para cuando lo necesites.'],
    ],
    trivia: () => [
      ['Primero adivina, luego sigue leyendo.', 'Haz tu apuesta antes de seguir bajando.'],
      ['Nada de buscar en internet: solo tu mejor intuición.', 'Palabra de honor: sin consultar.'],
      ['Lleva la cuenta y reta a alguien de tu grupo.', 'Apunta tus puntos y pasa el quiz a alguien más.'],
      ['La mejor trivia es la que recuerdas después.', 'Lo que primero adivinas se recuerda mejor.'],
    ],
    collab_content: () => [
      ['Solo colaboro con marcas cuyas promesas puedo respaldar.', 'Mi nombre solo aparece junto a productos que puedo defender.'],
      ['Una buena colaboración aporta algo que ninguna de las partes lograría por separado.', 'Las mejores alianzas sacan algo nuevo de ambos lados.'],
      ['Esta alianza va de mostrar, no solo de contar.', 'Espera contenido con sustancia, no una ristra de anuncios.'],
    ],
  },
  close: {
    product_review: (f) => [`Mi veredicto: ${f.name} merece una mirada seria.`, `En resumen: si encaja con lo que necesitas, ${f.name} merece un lugar en tu lista.`, `¿Recomendaría ${f.name}? Para la persona adecuada, sí.`],
    product_launch: (f) => [`Te damos la bienvenida, ${f.name}.`, `${f.name} ya está aquí, y seguiré de cerca cómo le va.`, `No pierdas de vista ${f.name}: esto es solo el principio.`],
    testimonial: (f) => [`${f.name} se ha ganado mi recomendación.`, `Si aún dudas con ${f.name}, este es tu empujón.`, `Volvería a elegir ${f.name}.`],
    lead_magnet: (f) => [`¿Quieres el panorama completo de ${f.name}? El siguiente paso está abajo.`, `Si te ha servido, tienes más sobre ${f.name} a un clic.`],
    trivia: (f) => [`¿Cuántos puntos sacaste con ${f.name}?`, `Cuéntame cuántas preguntas sobre ${f.name} acertaste.`],
    collab_content: (f) => [`¡Por ${f.persona} y ${f.name}!`, `${f.persona} y ${f.name}: no te pierdas lo que viene.`],
  },
  ask: {
    product_review: (f) => [[`¿Ya has probado ${f.name}?`, `¿Tienes ${f.name} en tu lista?`], [`¿Qué quieres que analice a fondo de ${f.name}?`]],
    product_launch: (f) => [[`¿Qué es lo que más curiosidad te da de ${f.name}?`, `¿Qué quieres saber primero sobre ${f.name}?`], [`¿Te harías con ${f.name} el primer día?`]],
    testimonial: (f) => [[`¿${f.name} ya forma parte de tu día a día?`, `¿Cuál es tu experiencia con ${f.name}?`], ['¿Qué te convencería a ti?']],
    lead_magnet: (f) => [[`¿Qué pregunta sobre ${f.name} sigue sin respuesta para ti?`, `¿Qué te ayudaría a decidirte por ${f.name}?`], ['¿Quieres que profundice en algún punto?']],
    trivia: (f) => [[`Pregunta rápida: ¿puedes nombrar una característica clave de ${f.name}?`, `¿Cuál crees que es la característica estrella de ${f.name}?`], [`¿Para qué crees que sirve ${f.name}?`]],
    collab_content: (f) => [[`¿Qué te gustaría ver de ${f.persona} y ${f.name}?`, `¿Qué deberían hacer juntos primero ${f.persona} y ${f.name}?`], ['¿Alguna idea para nuestro próximo paso?']],
  },
  description: (f, d) => [`En una frase: ${esQuote(d)}.`, `Su descripción oficial: ${esQuote(d)}.`, `En pocas palabras: ${esQuote(d)}.`],
  use: (f, u) => [`${f.name} tiene un propósito claro: ${u}.`, `El uso previsto está claro: ${u}.`, `Todo gira en torno a un uso: ${u}.`],
  audience: (f, a) => [`El público al que se dirige: ${a}.`, `${f.name} se dirige a ${a}.`, `Si te identificas con ${esQuote(a)}, esto es para ti.`],
  recap: (f) => [`Resumiendo los hechos: ${esList(f.features)}.`, `Los hechos en una línea: ${esList(f.features)}.`],
  persona: (f) => {
    const slots: string[][] = [];
    if (f.topics.length > 0) {
      slots.push([`Me dedico a ${esList(f.topics)}, así que miro ${f.name} con esa lente.`, `Cuando pasas los días entre ${esList(f.topics)}, sabes en qué fijarte.`]);
    }
    if (f.topics.length > 1 && f.features.length > 0) slots.push([`Donde ${f.topics[0]} se cruza con ${f.topics[1]}, detalles como ${first(f)} importan.`]);
    return slots;
  },
  general: (f) => [
    ['Esto es lo que deberías saber.', 'Te lo resumo.'],
    ['Voy al grano, porque tu tiempo importa.', 'Breve y práctico, como prometí.'],
    [`El nombre que debes recordar: ${f.name}.`, `Quédate con el nombre ${f.name}.`],
    ['Lee los detalles y luego decide por tu cuenta.', 'Mira los hechos y toma tu propia decisión.'],
    ['Aquí no hay nada inventado: todo sale de lo que el producto ofrece de verdad.', 'Solo hablo de lo que realmente se ofrece.'],
    ['El contexto importa, así que piensa en cómo lo usarías.', 'Imagínalo en tu propia rutina antes de decidir.'],
    ['Los buenos productos ganan atención poco a poco, y la conservan.', 'El valor duradero vale más que una primera semana ruidosa.'],
    [`${f.name} no será para todo el mundo, y no pasa nada.`, `Ningún producto encaja con todas las personas, tampoco ${f.name}.`],
    ['Las modas van y vienen; lo que cuenta es lo que funciona para ti.', 'Olvida el ruido y céntrate en lo que de verdad necesitas.'],
    ['La mejor elección es la que encaja con tu vida real.', 'Elige para la vida que tienes, no para la del folleto.'],
    ['Si algo te importa, compruébalo dos veces.', 'Lo que más te importe, revísalo dos veces.'],
    ['Una buena decisión ahora te ahorra muchos arrepentimientos después.', 'Tomarte un momento ahora te ahorra dudas más adelante.'],
  ],
};
