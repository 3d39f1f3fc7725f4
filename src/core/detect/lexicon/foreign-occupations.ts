/**
 * Jobs, posts and peoples as Spanish, Portuguese, French and Italian speakers say them in a transcript
 * (`era comadrona`, `fa il muratore`, `je suis aide-soignante`, `sou yonsei`), for the quasi rules. Lower case.
 */

const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Common job titles of the four languages whose shape no ending below gives away (from the major groups of the
 * international classification of occupations, ISCO-08, as its Spanish, Portuguese, French and Italian editions name
 * them), plus community offices of small groups and faiths.
 */
export const FOREIGN_OCCUPATIONS = set(`
  comadrona partera matrona sage-femme médico médica médecin medico docteur doctora dottore dottoressa abogado abogada
  avocat avocate avvocato avvocata advogado advogada maestro maestra profesor profesora professeur professore
  professoressa enfermero enfermera infirmier infirmière infermiere infermiera enfermeiro enfermeira cuidador cuidadora
  badante colf domestica doméstica empleada empregada muratore albañil pedreiro maçon chófer chofer chauffeur docker
  dockers estibador scaricatore camarero camarera cameriere cameriera garçom serveur serveuse cocinero cocinera cuoco
  cuoca cozinheiro cozinheira cuisinier cuisinière panadero panadera padeiro padeira boulanger boulangère fornaio
  fornaia pescador pescadora pescatore pêcheur marinero marinaio marinheiro campesino campesina contadino contadina
  camponês camponesa paysan paysanne agricultor agricultora agriculteur agricoltore jornalero jornalera bracciante
  obrero obrera operaio operaia operário operária ouvrier ouvrière costurera costureira couturière sarta tejedora
  tejedor tecelã tisserand vendedor vendedora venditore venditrice vendeur vendeuse ambulante comerciante commerçant
  commerçante mecánico mecánica meccanico mecânico mécanicien policía policia poliziotto policier gendarme soldado
  soldato soldat militar militaire sacerdote cura prete pasteur pastora imán imam rabbin moine monja suora religiosa
  curandera curandero guérisseur guérisseuse niñera babá nourrice nounou puéricultrice faxineira diarista
  aide-soignante aide-soignant auxiliaire presidenta presidente président présidente vicepresidenta vicepresidente
  tesorera tesorero tesoureira tesoureiro trésorier trésorière tesoriere tesoriera secretaria secretario secrétaire
  segretario segretaria secretária vocal síndico síndica alcalde alcaldesa sindaco maire concejal concejala
  consigliere promotora promotor catequista animatrice animateur educadora
  educador éducateur éducatrice assistante ingeniero ingeniera ingegnere ingénieur engenheiro contable contador
  contadora ragioniere comptable professora enfermeira vigilante motorizado motorizada repartidor repartidora
  conserje portero portera mesero mesera taxista chofer cobrador cobradora ustadz ustadzah ustaz ustadh fundi mwalimu fundi-wa-dini mukri mollah mullah marabout
  inyanga sangoma izangoma nyanga hilot manghihilot arbularyo babaylan dukun bomoh granthi pujari pandit hakim vaidya
  machi yachak mambo houngan
  préposée préposé prepose preposee psychologue ergothérapeute ergo physiothérapeute pharmacienne pharmacien cheffe
  gestionnaire concierge coiffeuse coiffeur caissière caissier préposée-aux-bénéficiaires
  vaquero vaquera mayordomo capataz veterinaria veterinario
`);

/**
 * Endings of job nouns in the four languages: `-ero/-era` (panadero), `-eiro/-eira` (padeiro), `-dor/-dora`,
 * `-tor/-tora`, `-tore/-trice`, `-eur/-euse`, `-ier/-ière`, `-aio/-aia`, `-iere/-iera`, `-ista`, `-iste`, `-ante`.
 */
export const FOREIGN_JOB_ENDING = /(?:ero|era|eiro|eira|dor|dora|tor|tora|tore|trice|eur|euse|ier|ière|aio|aia|iere|iera|ista|iste|ante)$/u;

/**
 * Endings of peoples' adjectives: `-ano/-ana` (australiano), `-ense`, `-ês/-esa`, `-ese`, `-ien/-ienne`, `-ais/-aise`,
 * `-eño/-eña`, `-ino/-ina`, `-ois/-oise`, `-ava/-avo` (moldava), `-aco/-aca`, `-eco/-eca`, `-ita`, `-ú`.
 */
export const FOREIGN_PEOPLE_ENDING = /(?:ano|ana|ense|ês|esa|ese|ien|ienne|ais|aise|eño|eña|ino|ina|ois|oise|ava|avo|aco|aca|eco|eca|ita|ú|í)$/u;

/**
 * Ordinary words of the four languages with one of those endings (adjectives, adverbs, feelings): never a job or a
 * people: `era verdadero`, `è importante`, `je suis première`, `soy casada`.
 */
export const FOREIGN_NOT_JOBS = set(`
  primero primera primeiro primeira premier première dernier dernière entier entière verdadero verdadera verdadeiro
  verdadeira sincero sincera entero entera inteiro inteira ligero ligera cher chère fier fière léger légère
  importante interesante interessante brillante elegante grande contento contenta contente presente diferente
  differente suficiente inteligente intelligente excelente eccellente urgente bastante tante tanto tanta mientras
  antes delante adelante avante durante pesante pesada ahora hora fuera afuera dentro otra otro outra outro
  nuestra nuestro vostra vostro nossa nosso sera será dera fuera hubiera fora tiera quiera quisiera viera pudiera
  tuviera estuviera dijera hiciera mejor peor mayor menor anterior posterior interior exterior superior inferior
  mañana semana ventana cercana lejana humano humana hermano hermana italiana temprano temprana bueno buena
  pequeño pequeña fino fina divina cocina vecino vecina camino mismo misma cosa casa sola solo bonita bonito
  rápida rápido despacio ahí aquí allí así sí también aussi mais jamais bien rien mien tien sien chien anche ancora
  già più così qui lì là tre tre-quarti carino carina piccolo piccola bello bella buono buona nuovo nuova stanco
  stanca triste felice contenta malato malata vecchio vecchia giovane pronta pronto prima dopo insieme tutto tutta
  tutti tutte ogni vicino vicina certain certaine prochain prochaine humain humaine lointain mauvais mauvaise
  épais frais niais cansada cansado casada casado soltera soltero solteira solteiro
`);
