/** Word lists for occupations and service trades (quasi identifiers). Lower-case, general. */

const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Job nouns that neither compromise's role list nor the job-like endings (`-er`, `-ist`, `-man`) catch: `seamstress`,
 * `ranger`, `garda`, `solicitor`, `physio`, and trade slang from several English-speaking countries.
 */
export const EXTRA_OCCUPATIONS = set(`
  matron marshal paralegal postie cabbie bookie steward provost
  wharfie seamstress waitress stewardess hostess actress headmistress postmistress ranger garda solicitor barrister
  physio paramedic midwife doula chemist dentist optician surgeon anaesthetist anesthetist radiographer sonographer
  tradie sparky chippie chippy brickie plasterer labourer laborer shearer drover jackaroo jillaroo stockman
  roughneck deckhand lumberjack logger trucker courier porter cleaner janitor caretaker concierge receptionist
  representative apprentice trainee intern locum registrar consultant gp vicar curate priest imam rabbi
  chaplain pastor minister deacon nun monk missionary interpreter translator curandera curandero healer herbalist
  tohunga shaman elder chief councillor alderman magistrate judge coroner bailiff sheriff deputy constable detective
  inspector sergeant corporal lieutenant captain major colonel brigadier commander admiral warrant paratrooper
  sapper gunner marine medic firefighter lifeguard coastguard ranger warden keeper gamekeeper ghillie gillie
  shepherd cowherd herdsman fisherman fisher lobsterman trawlerman boatman ferryman skipper bosun cook chef
  baker butcher fishmonger grocer publican landlady barmaid bartender barista sommelier croupier jockey trainer
  farrier blacksmith saddler thatcher stonemason mason glazier joiner carpenter cabinetmaker upholsterer tailor
  dressmaker milliner cobbler jeweller jeweler watchmaker locksmith plumber electrician welder fitter turner
  machinist boilermaker millwright rigger scaffolder steeplejack roofer tiler surveyor architect engineer
  technician technologist analyst programmer developer accountant bookkeeper actuary auditor clerk typist
  secretary administrator coordinator manager director supervisor foreman forewoman superintendent principal
  headteacher lecturer professor tutor teacher librarian archivist curator nanny childminder au-pair carer
  caregiver aide orderly nurse pharmacist dietitian dietician podiatrist chiropodist osteopath
  chiropractor physiotherapist psychotherapist counsellor counselor therapist psychologist psychiatrist
  social-worker caseworker vet veterinarian hairdresser barber beautician manicurist nail-tech pedicurist
  photographer videographer journalist reporter editor publisher printer broadcaster dj musician singer dancer
  actor artist potter weaver sculptor painter decorator gardener landscaper arborist florist undertaker embalmer
  mortician gravedigger sexton verger organist choirmaster bellringer pilot aviator navigator astronaut stewardess
  security lead conductor guard signaller signalman driver chauffeur miner collier quarryman prospector geologist
  hawker granthi giani hafiz muezzin pujari sevadar cantor hazzan shochet mohel catechist churchwarden mediator
  musher setnetter crabber lobsterer trapper whaler sealer herder cowboy vaquero ranchero jornalero gaucho
  matatu makanga tuk-tuk rickshaw-puller boda-boda jeepney-driver tricycle-driver ojek stevedore docker
  postdoc peshmerga guerrilla partisan conscript militiaman griot jali dengbêj bard kangany catadora catador cargadora
  cargador ambulante préposée préposé curé
  headmaster deaconess sirdar overseer harpooner filleter
`);

/**
 * Foods, goods and chores a street or household trade is named by, before `lady`, `man` or `boy`: `the tamale lady`,
 * `a tea boy`, `cleaning lady`, `the chai wallah`. `man`/`lady` alone are no job; after these words they are one.
 */
export const TRADE_GOODS = set(`
  tea coffee chai tamale tamales taco tacos tortilla bread cake cakes fish fruit veg vegetable vegetables flower flowers
  egg eggs milk ice-cream icecream juice water soda corn elote peanut peanuts nut samosa samosas noodle noodles soup
  newspaper paper papers news rag scrap bottle bottles coal charcoal firewood wood ice lottery ticket tickets dinner
  lunch kebab chip chips pie pies doughnut donut pretzel popcorn balloon balloons broom brooms shoe shoes
  cleaning washing ironing laundry sewing tailoring cooking kitchen tiffin dabba delivery errand bin dust lollipop
  sandwich burger hotdog hot-dog pupusa arepa empanada bun buns rice sugarcane cane coconut mango banana
`);

/** Words that end like a job (`granddaughter`, `stranger`) but name a family tie or a relation. */
export const RELATIONS = set(`
  mother father brother sister daughter granddaughter grandfather grandmother stepdaughter stepmother stepfather
  stepsister stepbrother godmother godfather godson goddaughter foster-mother foster-father mother-in-law
  father-in-law daughter-in-law sister-in-law brother-in-law son son-in-law grandson stepson husband wife partner
  niece nephew cousin aunt auntie uncle grandchild grandparent godparent
  widow widower fiance fiancé fiancee fiancée ex-husband ex-wife ex-partner stranger neighbour neighbor lodger
  member survivor sufferer user customer client patient visitor tenant owner homeowner leaseholder renter
  supporter believer beginner learner listener reader viewer voter passenger resident newcomer foreigner outsider
  insider loner worrier talker sleeper walker runner swimmer drinker smoker gambler gamer fighter lover
  dreamer joker teenager toddler infant youth adult hero heroine loser winner genius optimist pessimist realist
  sinner saint orphan tearaway lifesaver rebel survivor
  witness eyewitness bystander victim suspect claimant applicant defendant plaintiff complainant appellant
  citizen citizens
`);

/**
 * Military trades and arms of service, as people state them without an article: `I did eight years in the Army,
 * infantry`, `he was artillery`.
 */
export const SERVICE_TRADES: readonly string[] = `
  infantry, artillery, cavalry, armour, armor, armoured, signals, sappers, royal engineers, combat engineers,
  engineers, paratrooper, paras, airborne, commando, commandos, special forces, sas, sbs, navy seals, seal,
  rangers, military police, redcaps, medic, combat medic, logistics, intelligence, submariner, submarines,
  aircrew, ground crew, air traffic control, field ambulance, bomb disposal, eod, marines, marine corps,
  military intelligence, naval aviation, artillery regiment
`
  .split(/[,\n]/)
  .map((word) => word.trim())
  .filter(Boolean);

/** Places of work whose section identifies someone (`I work in the packing shed`, `he works on the rigs`). */
export const WORKPLACES = set(`
  shed line floor docks dock rigs rig boats trawlers trawler mine mines pit pits kitchen warehouse factory plant mill
  yard yards orchard orchards vineyard vineyards abattoir slaughterhouse laundry bakery dairy quarry smelter
  refinery cannery packhouse processing-plant site sites depot rails railway trains buses bins tills checkout
  counter desk switchboard
`);

/** Common words that end like a job (`-er`, `-or`, `-man`) but name a thing, a place, a time or a choir part: `floor`, `tenor`. */
export const NOT_JOBS = set(`
  together whatever whenever wherever however never ever other another rather either neither later after under over
  water paper number letter summer winter order power matter river corner dinner supper weather border computer
  finger shoulder cancer danger anger hunger butter silver timber lumber poster trailer container chapter
  quarter shower flower tower proper upper lower outer inner bitter better clever tender answer wonder thunder
  monster hamster lobster oyster ginger burger laser cluster folder ladder rubber leather feather fever liver cover
  soccer chamber ember register banner manner career beer deer pier tier cheer super diaper sober cider spider
  slipper sweater jumper blender heater cooker freezer fryer toaster scooter charger printer speaker player sticker
  trigger hammer boulder gutter filter meter centimeter kilometer liter barometer thermometer character
  tenor floor door for nor color colour honour honor labour labor error mirror interior exterior manor sector factor
  minor senior junior behavior behaviour favour favor flavour flavor harbour harbor armour armor anchor horror
  terror tumor tumour humor humour rumor rumour vapor odor razor elevator escalator radiator generator calculator
  ventilator refrigerator corridor tractor motor monitor indicator incubator
  woman man human german roman ottoman caiman shaman talisman
  patient client parent talent moment comment present element event content accident incident agent
  plant giant elephant restaurant pleasant distant constant important instant assistant want pregnant grant chant
  significant vacant pant rant scant slant gallant errant
  terrier retriever pointer setter schnauzer weimaraner longliner seiner gillnetter trawler freighter steamer tanker
  schooner liner dragger amor señor senhor signor monsieur
  christian indian canadian australian asian italian russian librarian vegetarian median
  went sent spent meant bent lent rent dent tent cent vent scent absent consent extent intent percent brilliant
  elegant relevant vibrant hesitant reluctant tolerant ignorant arrogant abundant excellent different sufficient
`);
