/** Closed word lists the people/place/organisation detectors key on. Lower-case; general, never corpus names. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles and naming prefixes that are part of how someone is named (`Dr. Amadi`, `Auntie Fay`, `Pastor Quill`). */
export const TITLES = set(`
  dr doctor mr mrs ms miss mx mister missus madam madame mdm mme sir dame lady lord prof professor rev reverend
  fr father sister sr brother br pastor minister bishop deacon elder imam rabbi sheikh reverend nun mother
  nurse matron midwife auntie aunty aunt uncle nana nanna nan granny grandma grandpa gran grandad granddad
  papa mama cousin coach officer constable sergeant sgt captain capt lieutenant lt major maj corporal cpl
  private pvt colonel col general judge councillor councilor mayor senator dean principal chief
  insp inspector det detective cst supt superintendent
  kuia koro whaea matua tita tito ms. señor señora senor senora don doña herr frau monsieur mademoiselle
  hajji hajia alhaji alhaja mallam ustaz prophet prophetess evangelist apostle vicar canon archdeacon
  baba mzee bibi tia tio tía tío abuela abuelo
  lola lolo kuya manang manong aling mang tatay nanay ninang ninong oom tannie ouma oupa nonna nonno oma opa babcia ciocia wujek
  chị cô chú bác ông bà dì cậu
  ate ditse diko sangko dada kaka iya tante onkel tonton nea tanti moș tușa vó vô vovó vovô seu zia zio pani teta tetka
`);

/** How a newborn is called before its given name, as by a title (`Baby Joy`); only capitalised, unlike `my baby Joy`. */
export const NEWBORN_TITLE = 'Baby';

/** A word of a name that is a title (`Dr.`, `mrs`, `Auntie`), in any case and with or without its full stop. */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Kinship and relationship words after which a following word is a name (`my daughter lizzie`). */
export const KIN_WORDS = set(`
  boys girls twins grandkids grandchildren grandsons granddaughters nieces nephews cousins
  husband wife partner boyfriend girlfriend fiance fiancé fiancee fiancée ex son daughter sons daughters kid kids
  child children baby boy girl brother sister sibling twin mum mom mother mam mama mummy mommy dad father daddy
  papa pa parents stepson stepdaughter stepmum stepmom stepdad stepfather stepmother stepbrother stepsister
  grandson granddaughter grandchild grandkid grandmother grandfather grandma grandpa granny nana nan gran grandad
  auntie aunty aunt uncle cousin niece nephew in-law brother-in-law sister-in-law mother-in-law father-in-law
  son-in-law daughter-in-law friend mate buddy pal bestie neighbour neighbor flatmate roommate housemate
  colleague coworker co-worker workmate classmate schoolmate teammate cellmate shipmate bandmate boss manager supervisor sponsor counsellor counselor therapist
  psychologist psychiatrist gp doctor nurse physio midwife carer caregiver caseworker worker key-worker
  social-worker teacher coach pastor priest vicar minister landlord landlady moko mokopuna whanau tamariki
`);

/** Animals and vessels whose names identify their owners (`our dog, Biscuit`, `my boat, the Mary Jane`). */
export const PET_WORDS = set('dog dogs cat cats puppy pup kitten horse horses pony mare gelding stallion parrot budgie bird goat cow boat yacht ute truck');

/** Last words that make a capitalised phrase an organisation (`Waiharo Medical Centre`, `Dixon Brothers Freight`). */
export const ORG_SUFFIXES = set(`
  hospital hospitals clinic clinics centre center surgery practice pharmacy chemist infirmary hospice sanatorium
  school schools academy college university uni institute polytechnic kindergarten kindy preschool nursery
  church chapel cathedral mosque temple synagogue marae kirk tabernacle ministries ministry
  co-op coop cooperative co-operative company co corp corporation inc ltd llc plc limited group holdings
  partners associates brothers bros sons freight logistics transport trucking haulage refining refinery
  mine mines plant factory works foods farms dairy bakery butchery brewery distillery
  power electric energy utilities water gas telecom motors garage auto autos
  legion club society association assn union federation league trust foundation charity fund alliance
  network council board authority agency service services department dept office bureau commission
  ward unit wing team lodge guild circle fellowship mission shelter refuge home homes hostel
  memorial regional general medical health healthcare care rehab recovery
  bar pub tavern inn cafe café restaurant diner grill kitchen takeaway hotel motel
  store stores shop supermarket market mart pharmacy salon barbers gym
  bank credit lawyers solicitors
  spa nails cars taxis cabs removals tailoring tailors supply supplies helpers cleaning cleaners builders plumbing
  electrical landscaping construction hardware tyres fitness beauty dental opticians accountants studio studios
  hub court herald gazette staffing planning counselling counseling options elementary primary secondary middle high
  juniors rovers united fc bowl bowlo welfare gurdwara mandir masjid hall
  library libraries museum gallery theatre theater cinema shed distribution carry wholesale depot gaels gaa rfc afc
  polytech tafe line helpline sda lanes seafoods seafood fisheries choir collective
`);

/** Organisation suffixes that make even a phrase of ordinary words a name (`Bay Central Hospital`). */
export const STRONG_ORG_SUFFIXES = set(`
  hospital clinic centre center surgery practice pharmacy infirmary hospice school academy college university
  institute church chapel cathedral mosque temple synagogue marae co-op coop cooperative co-operative corp inc
  ltd llc plc freight refining refinery legion memorial brothers bros trucking haulage brewery
  inn tavern spa nails cars taxis cabs removals tailoring tailors helpers lanes seafoods fisheries collective
`);

/** First words that make a capitalised phrase an organisation (`Team Bluebell`, `Club Med`). */
export const ORG_PREFIXES = set('team club camp clinica hospital ysgol scoil iglesia escuela colegio église eglise kura wharekura gurdwara masjid');

/** Last words that make a capitalised phrase a place (`Sawmill Road`, `St. Gervais Parish`, `Harlow Springs`). */
export const PLACE_SUFFIXES = set(`
  road rd street st lane ln avenue ave drive dr way close crescent cres court ct place pl terrace tce boulevard
  blvd highway hwy motorway parkway pkwy row grove gardens square sq circle trail pike route rte alley mews
  walk wynd loop bypass
  county parish shire borough district township town city village hamlet suburb estate precinct
  springs spring harbour harbor haven bay beach cove creek brook river stream valley vale glen dale hollow
  mill mills heads head junction crossing landing ford bridge ferry falls lake lakes pond loch lough
  hill hills mount mountain mountains ridge peak point park heights plains flats fields field meadow meadows
  wood woods forest island isle islands coast shore cape port gap pass canyon bluff bluffs station
  reserve reservation pueblo rancho settlement farm cottage cottages airport
`);

/** First words that make a capitalised phrase a place; weak ones need a non-ordinary word after them. */
export const PLACE_PREFIXES_STRONG = set(`
  port fort mount mt lake cape glen bayou isle saint st san santa los las el la lac loch lough pointe county co
  heol ffordd stryd carn cwm llyn bryn nant coed afon mynydd bwlch porth ynys maes allt strath inver bally knock
  drum carrick maunga awa calle avenida puerto rio cerro colonia barrio
`);
export const PLACE_PREFIXES_WEAK = set('new north south east west upper lower great little old grand');

/** Capitalised words that are never names by themselves. */
export const NEVER_NAMES = set(`
  i i'm i've i'll i'd i’m i’ve i’ll i’d ok okay yes yeah yep no nope oh ah um uh er erm hmm mm hi hello hey bye thanks
  yall y'all y’all ya'll youse yous yinz
  january february march april june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  jan feb mar apr jun jul aug sep sept oct nov dec
  god lord jesus christ allah christmas easter xmas ramadan eid diwali hanukkah passover thanksgiving halloween
  newroz nowruz norouz navroz chuseok seollal matariki homowo odwira hogbetsotso holi navratri dussehra deepavali
  vesak wesak songkran pongal onam vaisakhi baisakhi lohri kwanzaa juneteenth hogmanay purim sukkot chanukah hanukah
  samhain beltane obon vishu vesakh ugadi bihu
  mum mom mam mummy mommy dad daddy mama papa nana granny grandma grandpa nan gran mammy mamma mammie pappy nanna
  english
  weekdays weekends mondays tuesdays wednesdays thursdays fridays saturdays sundays
  ksh kshs ush tsh rs rp tk kr zł zl
`);

/**
 * Lower-case connectors allowed inside a capitalised name (`Paws for Valor`, `Bank of Ireland`, `van der Berg`), in
 * several languages (`Heol y Castell`, `Dafydd ap Gwilym`, `Baile na Mara`, `Béal an Mhuirthead`).
 */
export const CONNECTORS = set('of for and the de del della di da dos das du des la le van von der den ter ten bin ibn al el y yr ap na an');

/** Function words that open a sentence and are never the start of a name (`At the Vet Center`). */
// `There's the Safe Hands Collective`: a sentence's opening contraction is no part of the name that follows it.
export const OPENERS = set("at in on to from for with and but so then when if after before by the a an our my his her their this that these those your its we you they he she it or as of there's there’s here's here’s it's it’s that's that’s");

/**
 * National bodies, programmes, chains, apps and public figures likely in health transcripts: never flagged. Public
 * figures are here only by names nobody else has (`Obama`); `Elizabeth`, `Charles`, `Johnson` or `Clinton` alone is
 * more likely someone in the story, and the public ones are known whole (`Queen Elizabeth`, public-names.ts).
 */
export const PUBLIC_NAMES = set(`
  nhs nhs111 medicaid medicare medi-cal va vha cdc fda who un unicef red-cross salvation-army ymca ywca aa na
  walmart costco target tesco asda sainsbury's sainsburys aldi lidl morrisons boots kmart safeway kroger
  walgreens cvs mcdonald's mcdonalds starbucks subway amazon google facebook instagram whatsapp tiktok twitter
  youtube zoom skype teams netflix uber uber-eats doordash ebay paypal iphone android apple microsoft
  medicare centrelink winz acc ndis nhi pharmac ir irs dwp hmrc dvla dmv ssa ssi ssdi snap wic chip
  advil tylenol panadol nurofen ibuprofen paracetamol insulin metformin ozempic xanax prozac zoloft
  covid covid-19 coronavirus omicron
  trump biden obama reagan churchill thatcher starmer sunak trudeau ardern albanese king queen pope
  army navy marines air-force raf usaf nato
  weight-watchers alcoholics-anonymous narcotics-anonymous
  bible quran koran
  alzheimer's alzheimers alzheimer parkinson's parkinsons parkinson crohn's crohn huntington's asperger's asperger hodgkin's
  hodgkin addison's graves bell's down's tourette's tourette raynaud's sjögren's ménière's cushing's lyme gleason
  apgar glasgow-coma heimlich
`);

/** Words that make a country or region someone's origin rather than where they live (`grew up in Poland`). */
/** A determiner or possessive right before a word (`the Rose and Crown`, `the coach said`): a noun follows, not a name. */
export const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|my|your|our|his|her|their|its|some|any|no|every)\s+$/i;

export const ORIGIN_CUE = /\b(?:from|born in|grew up in|raised in|back home in|back in|moved from|came from|emigrated from|fled|left|originally|native of|family in|relatives in|people in|home in)\s+(?:the\s+)?$/i;

/** Nationalities the tagger's demonym list lacks, in the forms transcripts write them (`Québécoise`, `Swedish`). */
export const MORE_DEMONYMS = set(`
  swedish norwegian danish finnish icelandic faroese québécois québécoise quebecois quebecoise haitian kurdish
  ghanaian zimbabwean congolese eritrean sudanese bangladeshi nepalese nepali sri-lankan bosnian kosovar albanian
  emirati omani yemeni kuwaiti bahraini qatari saudi afghan burmese laotian cambodian bhutanese tibetan
`);

/** Ethnicities, faiths and communities: never a person's name; the quasi detector decides when they identify. */
export const COMMUNITY_WORDS = set(`
  māori maori pākehā pakeha pasifika samoan tongan fijian aboriginal indigenous torres métis metis inuit
  acadian cajun creole traveller travellers gypsy roma romani sami hispanic latino latina latinx chicano
  catholic protestant anglican baptist methodist presbyterian lutheran pentecostal evangelical mormon lds
  quaker amish mennonite adventist orthodox muslim islamic jewish hindu sikh buddhist jain bahá'í bahai
  atheist agnostic christian rastafarian pagan wiccan sunni shia shiite ismaili
  tamil punjabi gujarati bengali somali kurdish pashtun hazara tigrayan oromo amhara yoruba igbo hausa zulu xhosa
  hmong khmer
  marine marines veteran vet
`);

/** Names of medical specialties and treatments, ordinary words though no dictionary lists them all (`rheumatology`). */
export const SPECIALTY_WORD = /^[\p{L}-]+(?:ology|iatry|iatrics|otherapy|opathy|ography|ectomy|itis|ologists?)$/u;
