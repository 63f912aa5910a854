/** Readiness factor 4: whether the workers want to own the business. */
import { options, SCALE, type ReadinessFactor } from './readiness-model';

export const WORKFORCE_FACTOR: ReadinessFactor = {
  id: 'workforce',
  title: { en: 'Workforce interest', es: 'El interés de los trabajadores' },
  intro: {
    en: 'A worker co-op only works if the workers want to own it. They will pay the buy-in, carry the debt and govern the business. Some of these questions can only be answered after the owner agrees to tell the workers.',
    es: 'Una cooperativa de trabajadores solo funciona si los trabajadores quieren ser dueños. Ellos pagarán la cuota de ingreso, cargarán con la deuda y gobernarán el negocio. Algunas de estas preguntas solo se pueden contestar después de que el dueño acepte contarles a los trabajadores.',
  },
  lessons: ['curricula/conversion-practitioner/employee-transition-team'],
  questions: [
    {
      id: 'workforce-told',
      factor: 'workforce',
      text: { en: 'Do the workers know the owner may sell to them?', es: '¿Saben los trabajadores que el dueño podría venderles el negocio?' },
      help: {
        en: 'The idea can stay private for a while, but workers should hear about it before big choices are made for them.',
        es: 'La idea puede quedar en privado por un tiempo, pero los trabajadores deben saberlo antes de que otros tomen grandes decisiones por ellos.',
      },
      options: options(
        { en: 'Not yet', es: 'Todavía no' },
        { en: 'A few key people know', es: 'Lo saben unas pocas personas clave' },
        { en: 'Most workers know', es: 'Lo sabe la mayoría de los trabajadores' },
        { en: 'All know, and have had time to ask questions', es: 'Lo saben todos, y han tenido tiempo para hacer preguntas' },
      ),
      action: {
        en: 'Agree with the owner on what stays private for now, and on a date or a milestone for telling all the workers.',
        es: 'Acuerde con el dueño qué se mantiene en privado por ahora, y una fecha o un paso concreto para contarles a todos los trabajadores.',
      },
      standards: ['CONV-01', 'CONV-05'],
    },
    {
      id: 'workforce-interest',
      factor: 'workforce',
      key: true,
      text: { en: 'Workers have shown interest in owning the business.', es: 'Los trabajadores han mostrado interés en ser dueños del negocio.' },
      help: {
        en: 'Silence is not a yes. If the workers have not been asked yet, choose "Not sure".',
        es: 'Quedarse callado no es decir que sí. Si todavía no les han preguntado a los trabajadores, elija "No estoy seguro(a)".',
      },
      options: SCALE,
      action: {
        en: 'Offer co-op education to all workers, then let them decide freely, by a recorded vote or signed pledges. Respect a no.',
        es: 'Ofrezca capacitación sobre cooperativas a todos los trabajadores, y luego deje que decidan libremente, con una votación registrada o compromisos firmados. Respete un no.',
      },
      standards: ['CONV-05', 'FORM-03'],
    },
    {
      id: 'workforce-leaders',
      factor: 'workforce',
      text: {
        en: 'A steady group of workers is ready to lead the effort, such as a transition team.',
        es: 'Un grupo estable de trabajadores está listo para dirigir el esfuerzo, como un equipo de transición.',
      },
      help: {
        en: 'A transition team is a small group that the workers choose to work on the sale for them and report back.',
        es: 'Un equipo de transición es un grupo pequeño que los trabajadores eligen para trabajar en la venta en su nombre y rendirles cuentas.',
      },
      options: SCALE,
      action: {
        en: 'Help the workers choose their own transition team, with a short written mandate: what it may decide, who does which job and when its term ends.',
        es: 'Ayude a los trabajadores a elegir su propio equipo de transición, con un mandato corto por escrito: qué puede decidir, quién hace cada tarea y cuándo termina su período.',
      },
      standards: ['FORM-02', 'CONV-05'],
    },
    {
      id: 'workforce-stay',
      factor: 'workforce',
      text: { en: 'Many workers plan to stay with the business for years.', es: 'Muchos trabajadores piensan quedarse en el negocio por años.' },
      help: {
        en: 'Workers who plan to stay are more likely to put their time and money into owning the business. Newer workers can join later, on a written path to membership.',
        es: 'Los trabajadores que piensan quedarse tienen más razones para poner su tiempo y su dinero en ser dueños. Los trabajadores más nuevos pueden unirse después, con un camino escrito para hacerse socios.',
      },
      options: SCALE,
      action: {
        en: 'Ask workers about their plans. Write a path to membership that tells workers who wait, or who are hired later, how they can join.',
        es: 'Pregunte a los trabajadores por sus planes. Escriban un camino a la membresía que diga a quienes esperan, o a quienes entren después, cómo pueden hacerse socios.',
      },
      standards: ['MEM-01', 'MEM-07'],
    },
    {
      id: 'workforce-learning',
      factor: 'workforce',
      text: {
        en: 'Workers have time and support to learn about co-ops: paid time, training in their own languages, and interpreters when needed.',
        es: 'Los trabajadores tienen tiempo y apoyo para aprender sobre cooperativas: tiempo pagado, capacitación en sus propios idiomas e intérpretes cuando hacen falta.',
      },
      help: {
        en: 'Before they are asked to buy, every worker should learn what owning means, including the debt and the risks.',
        es: 'Antes de que se les pida comprar, cada trabajador debe aprender lo que significa ser dueño, incluidas la deuda y los riesgos.',
      },
      options: SCALE,
      action: {
        en: 'Plan co-op training for every shift, on paid time where possible, in the languages workers use, at times and places they can reach.',
        es: 'Planee capacitación sobre cooperativas para cada turno, en tiempo pagado cuando sea posible, en los idiomas de los trabajadores, en horarios y lugares a los que puedan llegar.',
      },
      standards: ['CONV-05', 'EQI-01', 'EQI-04'],
    },
  ],
};
