import { isCommonWord } from './english-words';
import { FOREIGN_NEVER_NAMES } from './foreign-words';

/**
 * Names everybody shares, so never a private identifier when mentioned in passing: national and international
 * brands, chains, banks, phone companies, apps, car models, national services and helplines in the English-speaking
 * countries transcripts come from, and public figures known by one name. Lower-case, words joined by single spaces.
 * General knowledge only, never names from a corpus. Names that are also common given names or surnames (Kia,
 * Chase, Mercedes, Ford, Rogers, Sky, Alexa) are left out on purpose: a person's name must win.
 */

const phrases = (text: string): string[] =>
  text.split(/[,\n]/).map((item) => item.trim().replace(/\s+/g, ' ')).filter((item) => item.length > 0);

export const PUBLIC_BRANDS_AND_SERVICES: ReadonlySet<string> = new Set(
  phrases(`
  snapchat, snap, insta, instagram, facebook, fb, messenger, whatsapp, telegram, viber, wechat, tiktok, youtube,
  twitter, reddit, discord, twitch, tinder, hinge, bumble, grindr, spotify, netflix, hulu, iplayer, bbc iplayer,
  disney plus, prime video, roblox, fortnite, minecraft, xbox, playstation, nintendo, zoom, microsoft teams, skype,
  facetime, gmail, hotmail, outlook, chatgpt, duolingo, lyft, airbnb, deliveroo, just eat, uber eats, doordash,
  menulog, grubhub, skipthedishes, canva, pinterest, linkedin, tumblr, onlyfans, depop, vinted, nextdoor, gumtree,
  trade me, trademe, craigslist, etsy, temu, shein, takealot, afterpay, klarna, venmo, zelle, cash app, revolut,
  monzo, interac, mukuru, worldremit, western union, moneygram, google maps, google pay, apple pay, amazon prime,
  westpac, anz, asb, bnz, kiwibank, commbank, commonwealth bank, suncorp, natwest, barclays, lloyds, halifax bank,
  bank of scotland, royal bank of scotland, santander uk, nationwide building society, capitec, absa, nedbank,
  standard bank, fnb, scotiabank, td bank, rbc, cibc, bmo, desjardins bank, wells fargo, citibank, bank of america,
  chase bank, telstra, optus, vodafone, vodacom, mtn, cell c, telkom, eir, eircom, verizon, t-mobile, telus,
  virgin media, one nz, 2degrees, skinny,
  woolworths, woolies, coles, countdown, pak'nsave, paknsave, new world, foodstuffs, iga, aldi, lidl, tesco, asda,
  sainsbury's, sainsburys, morrisons, waitrose, superdrug, spar, dunnes, dunnes stores, supervalu, centra, shoprite,
  checkers, pick n pay, walmart, kroger, publix, safeway, albertsons, wegmans, trader joe's, whole foods,
  costco, sam's club, loblaws, no frills, sobeys, canadian tire, tim hortons, timmies, primark, greggs, argos,
  currys, homebase, bunnings, big w, jb hi-fi, harvey norman, mitre 10, home depot, lowe's, dollar general,
  dollarama, poundland, wilko, matalan, tk maxx, tj maxx, ikea, amazon, ebay, arnold clark, halfords, screwfix,
  mcdonald's, mcdonalds, maccas, kfc, nando's, nandos, domino's, dominos, pizza hut, burger king, hungry jack's,
  starbucks, costa coffee, pret, dunkin, dunkin donuts, chick-fil-a, taco bell, chipotle, piggly wiggly,
  astra, corsa, corolla, camry, hilux, prius, qashqai, micra, navara, commodore, landcruiser, land cruiser,
  land rover, range rover, hyundai, toyota, nissan, mazda, subaru, vauxhall, peugeot, renault, citroen, citroën,
  skoda, škoda, volkswagen, vw, bmw, audi, honda, mitsubishi, isuzu, chevy, chevrolet, silverado,
  childline, youthline, lifeline, samaritans, citizens advice, age uk, mencap, macmillan, marie curie, barnardo's,
  barnardos, nspcc, rspca, spca, beyond blue, beyondblue, headspace, kids helpline, kids help phone, healthline,
  plunket, oranga tamariki, work and income, kāinga ora, kainga ora, housing new zealand, whānau ora, whanau ora,
  centrelink, services australia, ndis, jobcentre, jobcentre plus, job centre, universal credit, home office,
  motability, access to work, department for work and pensions, social security, social security administration,
  service canada, ontario works, odsp, ohip, sassa, home affairs, tusla, garda, gardaí, gardai, police scotland,
  met police, nhs 24, nhs direct, disclosure scotland, ofsted, estyn, red cross, salvation army, sally army,
  st john ambulance, st vincent de paul, vinnies, trussell trust, al-anon, alateen, weight watchers,
  slimming world, scouts, girl guides, brownies, duke of edinburgh, dofe, rotary, probus, u3a, women's institute,
  vet center, vet centre, veterans affairs, hud, fema, section 8, polyfest, my aged care, otter, otter.ai, trint, descript,
  marks and spencer, marks & spencer, m&s, johnson & johnson, procter & gamble, ben & jerry's,
  goodwill, planned parenthood, habitat for humanity, united way, head start, meals on wheels, big brothers big sisters,
  dollar tree, family dollar, rite aid, kaiser permanente, blue cross, blue shield, aetna, humana, cigna,
  unitedhealthcare, obamacare, greyhound, fedex, usps, shoppers drug mart, hydro one, crisis, turning point,
  british heart foundation, cancer research uk, nhs 111, salvos, medibank, bupa, nrma, kiwisaver, ird, penneys,
  luas, dart, bus éireann, bus eireann, irish rail, an post, pobal, focus ireland, svp, family court, legal aid,
  jobseeker's allowance, jobseekers allowance, child benefit, tax credits, pension credit,
  teamsters, afl-cio, seiu, uaw, ufcw, umwa, unite union, unison, gmb, usdaw, rmt, nasuwt, aft, cupe, actu,
  cosatu, nzno, e tū, fair work ombudsman, fair work commission, ato, ahpra, worksafe, safework, acas, cqc, nmc,
  gmc, hcpc, hse, hiqa, ncat, getfund, ghana education service, nhis, ssnit, ecg, momo, mobile money, mtn momo,
  remitly, xoom, sendwave, taptap send, lebara, lycamobile, safaricom, m-pesa, mpesa, airtel money, ecocash,
  orange money, biedronka, żabka, zabka, orlen, pko, tfc, abs-cbn, gma network, dstv now, showmax, iflix, viu,
  cocomelon, peppa pig, bluey, paw patrol, blackpink, bts, univision, telemundo, wordle, strava, lloydspharmacy,
  celtic fc, celtic, man utd, man united, manchester united, man city, manchester city, all blacks, black ferns,
  silver ferns, wallabies, springboks, bafana bafana, super eagles, black stars, socceroos, matildas,
  onedrive, sharepoint, dropbox, icloud, google drive, gdrive, google docs, google classroom, google meet, webex,
  slack, imessage, signal app, wechat pay, alipay, weibo, kakaotalk, kakao, naver, baidu, yahoo, firefox,
  wikipedia, paypal, stripe, patreon, substack, quora, flickr, vimeo, soundcloud, bandcamp, apple music,
  amazon music, audible, kindle, cortana, copilot, bereal, bluesky, mastodon, threads app, clubhouse app,
  moodle, turnitin, qualtrics, surveymonkey, nvivo, dedoose, maxqda, spss, excel, powerpoint, onenote,
  grab, gojek, careem, bolt app, lazada, shopee, alibaba, aliexpress, taobao, jumia, konga, flipkart, swiggy,
  zomato, paytm, phonepe, gpay, bhim, upi, jio, bsnl, myntra, nykaa, byju's, byjus, irctc, doordarshan,
  jollibee, chowking, mang inasal, greenwich pizza, goldilocks, red ribbon, max's restaurant, mercury drug,
  gcash, paymaya, maya app, pldt, globe telecom, bdo, bpi, metrobank, landbank, philhealth, pag-ibig, pagibig,
  sss, gsis, lbc, cebu pacific, philippine airlines, sm mall, sm supermalls, 7-eleven, seven eleven,
  gtbank, gtb, zenith bank, access bank, first bank, opay, palmpay, moniepoint, glo, airtel, 9mobile, dstv,
  gotv, nepa, phcn, nysc, jamb, waec, neco, nnpc, indomie, peak milk, bournvita, dangote cement,
  sbi, hdfc, icici, axis bank, canara bank, indian overseas bank, punjab national bank, bank of baroda, lic,
  amul, big bazaar, dmart, maruti suzuki, hero honda, royal enfield, mgnrega, nrega, pm kisan, kisan card,
  kisan credit card, aadhaar, aadhar, pan card, ration card,
  irn-bru, irn bru, tunnock's, tunnocks, wetherspoons, wetherspoon's, spoons, itsu, wagamama, ocado, cineworld,
  odeon, scotrail, first bus, stagecoach, arriva, megabus, national express, royal mail, parcelforce, evri,
  dpd, yodel, giffgaff, talktalk, bt, ee, o2, itv, channel 4, bbc, bbc alba, s4c, rté, rte, tg4,
  radio scotland, nhs inform, ucas, student finance, dvla, ofgem, wellcome, wellcome trust, tsb, hsbc,
  metro bank, clydesdale bank, first direct, virgin money, b&q, wickes, dfs, sports direct, jd sports,
  river island, new look, boohoo, asos, rightmove, zoopla, the range, b&m, home bargains, lidl plus,
  heb, h-e-b, winco, best buy, jcpenney, arby's, popeyes, whataburger,
  in-n-out, panera, applebee's, olive garden, ihop, cracker barrel, waffle house, wawa, sheetz,
  circle k, amtrak, tricare, aarp, ups, at&t, comcast, xfinity, geico, allstate, state farm, jiffy lube,
  petro-canada, esso, shell, bp, caltex, mobil, chevron, exxon, z energy, gull,
  officeworks, chemist warehouse, priceline pharmacy, qantas, jetstar, virgin australia, myki, opal card,
  air new zealand, the warehouse, warehouse stationery, briscoes, noel leeming, four square, kiwirail, metlink,
  at hop, snapper card, studylink, spark nz,
  clicks, dis-chem, mr price, pep stores, ackermans, eskom, steers, wimpy, chicken licken, spur steak ranch,
  parknshop, park n shop, mtr, octopus card, hktvmall,
  coca-cola, coke, pepsi, nestle, nestlé, nescafe, nescafé, heineken, guinness, samsung,
  huawei, xiaomi, oppo, nokia, motorola, lenovo, acer, asus, sony, panasonic, h&m, uniqlo, nike,
  adidas, reebok, gucci, prada, louis vuitton, lego, pokemon, pokémon, tesla, red bull, monster energy
`),
);

/** Public figures known by one name (several from compromise's own list): famous, never a participant. */
export const FAMOUS_MONONYMS: ReadonlySet<string> = new Set(
  phrases(`
  archimedes, aristotle, banksy, beyonce, beyoncé, bono, chaucer, chopin, confucius, coolio, cthulhu, degas, eminem,
  enya, hitler, jfk, keats, liberace, macklemore, messiaen, monet, moliere, molière, morrissey, moby, mubarek,
  napoleon, nostradamus, plato, pele, pelé, pocahontas, rachmaninoff, rembrandt, rihanna, rivaldo, ronaldinho,
  ronaldo, rothko, rumi, rupaul, rza, santigold, shakespeare, sinbad, socrates, spiderman, superman, timbaland,
  voltaire, warhol, xzibit, yanni, gotye, kesha, oprah, gandhi, mandela, messi, einstein, freud, picasso, mozart,
  beethoven, buddha, santa
`),
);

/**
 * Public figures named in full, as people mention them in passing: heads of state and government, national
 * politicians, activists, writers, musicians, athletes and broadcasters of the countries transcripts come from.
 * Only full names that are distinctive as a whole (`Babajide Sanwo-Olu`, `Jacinda Ardern`); full names a private
 * person may well share (`Helen Clark`, `Michael Collins`, `David Cameron`) and lone surnames (`Marcos`, `Carter`)
 * are left out on purpose: a private person's name must win.
 */
export const PUBLIC_FIGURES: ReadonlySet<string> = new Set(
  // The tokenizer drops the full stops of initials: `John L. Lewis` is looked up as `john l lewis`.
  phrases(`
  abraham lincoln, franklin roosevelt, franklin d. roosevelt, dwight eisenhower, john f. kennedy, lyndon johnson,
  richard nixon, ronald reagan, george w. bush, bill clinton, hillary clinton, barack obama,
  michelle obama, donald trump, joe biden, kamala harris, mike pence, bernie sanders, nancy pelosi,
  alexandria ocasio-cortez, martin luther king, martin luther king jr, malcolm x, rosa parks, cesar chavez,
  césar chávez, dolores huerta, john l. lewis, eugene debs, samuel gompers, jimmy hoffa, a. philip randolph,
  harvey milk, ruth bader ginsburg, anthony fauci, elon musk, bill gates, steve jobs, mark zuckerberg, jeff bezos,
  warren buffett, oprah winfrey, taylor swift, elvis presley, johnny cash, dolly parton, bob dylan,
  bruce springsteen, whitney houston, aretha franklin, frank sinatra, marilyn monroe, meryl streep,
  denzel washington, lebron james, tiger woods, simone biles, kim kardashian,
  kanye west, judge judy, jerry springer, ellen degeneres,
  winston churchill, margaret thatcher, boris johnson, liz truss, rishi sunak, tony blair, gordon brown, theresa may,
  david cameron, queen elizabeth, queen elizabeth ii, king charles iii, prince charles, prince philip, princess anne,
  george washington, george bush, george h. w. bush, andrew johnson, president bush, president clinton,
  president lincoln, president johnson, president washington,
  keir starmer, jeremy corbyn, nigel farage, nicola sturgeon, humza yousaf, princess diana, meghan markle,
  david attenborough, john lennon, elton john, ed sheeran, lewis capaldi,
  paolo nutini, annie lennox, julie fowlis, sean connery,
  ewan mcgregor, david beckham, wayne rooney, marcus rashford, gary lineker, j.k. rowling,
  jk rowling, mo farah, emma raducanu, jimmy savile, holly willoughby,
  simon cowell, piers morgan, greta thunberg,
  michael d. higgins, leo varadkar, mary lou mcdonald, mary mcaleese, bertie ahern,
  éamon de valera, eamon de valera, ian paisley, sinéad o'connor,
  justin trudeau, pierre trudeau, pierre poilievre, mark carney, jagmeet singh, yves-françois blanchet,
  françois legault, francois legault, doug ford, danielle smith, david eby, wab kinew, scott moe, tim houston,
  blaine higgs, susan holt, andrew furey, dennis king, p. j. akeeagok, ranj pillai, r. j. simpson, jason kenney,
  rachel notley, john horgan, kathleen wynne, philippe couillard, valérie plante, valerie plante, olivia chow,
  wayne gretzky, celine dion, céline dion,
  shania twain, anthony albanese, malcolm turnbull, julia gillard, kylie minogue,
  jacinda ardern, chris hipkins, christopher luxon, chlöe swarbrick, richie mccaw, taika waititi,
  whina cooper, kiri te kanawa,
  narendra modi, indira gandhi, mahatma gandhi, jawaharlal nehru,
  arvind kejriwal, mamata banerjee, yogi adityanath, mk stalin, m. k. stalin, jayalalithaa,
  karunanidhi, b. r. ambedkar, shah rukh khan, amitabh bachchan, sachin tendulkar,
  virat kohli, ms dhoni, a. r. rahman, ar rahman, lata mangeshkar, mother teresa, ratan tata, mukesh ambani,
  gautam adani, apj abdul kalam, benazir bhutto, nawaz sharif, sheikh hasina,
  malala yousafzai, aung san suu kyi,
  bola tinubu, bola ahmed tinubu, muhammadu buhari, goodluck jonathan, olusegun obasanjo, atiku abubakar,
  yemi osinbajo, kashim shettima, babajide sanwo-olu, nyesom wike, nasir el-rufai, ngozi okonjo-iweala,
  aliko dangote, wole soyinka, chinua achebe, chimamanda ngozi adichie, chimamanda adichie, fela kuti,
  burna boy, tiwa savage, nnamdi azikiwe, obafemi awolowo, ken saro-wiwa,
  ferdinand marcos, bongbong marcos, imelda marcos, rodrigo duterte, sara duterte, cory aquino, corazon aquino,
  ninoy aquino, noynoy aquino, gloria macapagal arroyo, leni robredo, manny pacquiao, jose rizal, josé rizal,
  andres bonifacio, andrés bonifacio, lea salonga,
  nelson mandela, cyril ramaphosa, jacob zuma, thabo mbeki, julius malema, desmond tutu, winnie mandela,
  steve biko, f. w. de klerk, siya kolisi, trevor noah,
  vladimir putin, volodymyr zelensky, volodymyr zelenskyy, emmanuel macron, angela merkel, olaf scholz,
  xi jinping, kim jong-un, kim jong un, recep tayyip erdoğan, benjamin netanyahu, pope francis, pope benedict,
  pope john paul, dalai lama, queen victoria, fidel castro, che guevara, mao zedong, kofi annan, ban ki-moon,
  bob marley, jair bolsonaro, lula da silva, lionel messi, cristiano ronaldo, diego maradona, kylian mbappé,
  usain bolt, roger federer, rafael nadal, novak djokovic, albert einstein, stephen hawking, charles darwin,
  isaac newton, florence nightingale, mary seacole, sigmund freud, karl marx, wizkid, davido, lucky dube,
  thomas sankara, miriam makeba, hugh masekela, brenda fassie, patrice lumumba, jomo kenyatta, julius nyerere,
  kwame nkrumah, haile selassie, bad bunny, selena quintanilla, vicente fernández, juan gabriel, celia cruz,
  frida kahlo, gabriel garcía márquez, pablo neruda, eva perón, hugo chávez, claudia sheinbaum,
  ilhan omar, rashida tlaib, ayanna pressley, amy klobuchar, tim walz, chuck schumer, mitch mcconnell, ron desantis,
  gavin newsom, pete buttigieg, nikki haley, joanna lumley, judi dench, helen mirren, stephen fry, sadiq khan,
  prince harry, prince william, king charles, vang pao, general vang pao, pushpa kamal dahal, sher bahadur deuba,
  k. p. sharma oli, kp sharma oli, alberto fujimori, keiko fujimori, pedro castillo, dina boluarte, donald tusk,
  bob hawke, gough whitlam, nicolae ceaușescu, nicolae ceausescu, elena ceaușescu, klaus iohannis, traian băsescu,
  traian basescu, park chung-hee, kim dae-jung, moon jae-in, yoon suk-yeol, lee jae-myung,
  petro poroshenko, yulia tymoshenko, viktor yanukovych, vitali klitschko,
  andrzej duda, lech wałęsa, lech walesa, hassan sheikh mohamud, abiy ahmed, haile gebrselassie
`).flatMap((name) => [name, name.replace(/\./g, ' ').replace(/\s+/g, ' ').trim()]),
);

/**
 * The surnames of the public figures above, alone (`Merkel`, `Ardern`, `Trudeau`): someone mentioned in passing when a
 * weak cue is all there is (`Merkel said`). A surname many private people share (`Johnson`, `Clinton`) is a given
 * name somewhere too and is left to the name lists (see person.ts); so is one that is an ordinary word.
 */
export const PUBLIC_FIGURE_SURNAMES: ReadonlySet<string> = new Set(
  [...PUBLIC_FIGURES].map((name) => name.split(' ')).filter((parts) => parts.length > 1).map((parts) => parts[parts.length - 1])
    // `Cash`, `Swift`, `Parks`: a surname that is an ordinary word is a name by its context, not this list.
    .filter((word) => word.length > 3 && !isCommonWord(word)),
);

/**
 * Greetings, thanks and courtesy words in the languages heard in English-language transcripts (te reo Māori,
 * Pacific, Welsh, Irish, Arabic, Spanish, southern African, South Asian...), and chat words: never a name alone.
 * With them the other everyday words of those languages that are no one's name (foreign-words.ts: `Pues`, `Sí`,
 * `Dziękuję`, `Naw`), so a capitalised one is not taken for a name.
 */
/**
 * Chat and text-message abbreviations (`Btw`, `Idk`, `Tbh`): capitalised at the start of a message, never a name.
 * Only ones that are no one's name or initials people go by.
 */
export const CHAT_ABBREVIATIONS: ReadonlySet<string> = new Set(
  phrases(`
  btw, idk, idc, tbh, tbf, imo, imho, fyi, brb, ttyl, ttyt, smh, ngl, afaik, iirc, ikr, jk, thx, tysm, pls, plz, lmk,
  hmu, irl, fwiw, nvm, omw, ily, ilysm, wtf, wth, lol, lmao, lmfao, rofl, omg, omfg, ffs, asap, bday, gr8, np, ty
`),
);

export const GREETINGS_AND_COURTESIES: ReadonlySet<string> = new Set([
  ...FOREIGN_NEVER_NAMES,
  ...CHAT_ABBREVIATIONS,
  ...phrases(`
  kia ora, mōrena, tēnā, tena, koutou, kōrua, ngā mihi, nga mihi, ngā, nga, mihi, haere mai,
  kia kaha, ka pai, kei te pai, mālō, mālō e lelei, malo e lelei, lelei, talofa, talofa lava, fa'afetai,
  faafetai, fakafetai, bula, bula vinaka, vinaka, kia orana, meitaki, aloha, mahalo, namaste, namaskar,
  sat sri akal, salaam, salam, assalamu alaikum, as-salamu alaykum, assalamualaikum, waalaikumsalam, alaikum, inshallah, insha'allah, mashallah,
  alhamdulillah, wallah, wallahi, yalla, habibi, habibti, shukran, hola, gracias, adiós, adios, buenos, buenas,
  ciao, grazie, merci, bonjour, danke, sláinte, slainte, diolch, croeso, iechyd da, bore da, hwyl, shalom,
  mazel tov, sawubona, yebo, ngiyabonga, enkosi, molo, molweni, sanibonani, haibo, hau, yoh, yuwai, yuwayi, nomo, dumela, howzit, eish, lekker, dankie, jambo, asante,
  karibu, habari, konnichiwa, arigato, kamsahamnida, annyeong, xie xie, ni hao, salamat, kumusta, mabuhay,
  obrigado, obrigada, spasibo, privet, hiya, heya, howdy, g'day, gday, haha, hahaha, lol, omg, lmao, ffs, aww,
  buenos días, buenos dias, buenas tardes, buenas noches, por favor, de nada, con permiso, dios mío, dios mio,
  madre mía, madre mia, bom dia, boa tarde, boa noite, tudo bem, muito obrigado, muito obrigada, meu deus,
  au revoir, s'il vous plaît, s'il vous plait, merci beaucoup, mon dieu, oh là là, ça va, mamma mia, va bene,
  guten tag, guten morgen, gute nacht, auf wiedersehen, gott sei dank, dank je, dank je wel, tot ziens,
  dzień dobry, dzien dobry, do widzenia, na zdrowie, dziękuję bardzo, dziekuje bardzo, bună ziua, buna ziua,
  la revedere, maraming salamat, salamat po, walang anuman, ay naku, hay naku, diyos ko, bahala na, sige na,
  terima kasih, selamat pagi, selamat siang, selamat malam, apa kabar, sama-sama, asante sana, hakuna matata,
  pole sana, na gode, ina kwana, e kaaro, e ku ise, khuda hafiz, allah hafiz, theek hai, thik hai, haan ji,
  wa alaykum salam, wa alaikum salam, ahlan wa sahlan, ma'a salama, ma salama, tēnā koe, tena koe, ka kite,
  ka kite anō, hei konā, haere rā, haere ra, nau mai, aroha nui, tofa soifua, dia dhuit, dia duit,
  go raibh maith agat, go raibh míle maith agat, slán abhaile, mòran taing, moran taing, tapadh leat,
  tapadh leibh, ceud mìle fàilte, slàinte mhath, slainte mhath, madainn mhath, oidhche mhath, prynhawn da,
  nos da, diolch yn fawr, shw mae, aye right, ta-ra, ta ra, xin chào, xin chao, cảm ơn, cám ơn, cam on, na razie,
  sri akal, ke a leboga, ke a leboha, o tsogile jang, le kae, unjani wena, ngiyabonga kakhulu,
  bi xêr hatî, bi xer hati, roj baş, roj bas, şev baş, çawa yî, jin jiyan azadî, bòn nwit, bon nwit, mèsi anpil,
  mesi anpil, n a wè, kijan ou ye, buorre beaivi, buorre iđit, meda wo ase, wieczny odpoczynek, mo manná,
  chúc mừng năm mới, chuc mung nam moi, chào mọi người, chao moi nguoi, inti raymi
`),
]);

/**
 * Names of languages: never a person, and used generically no identifier. Those that also name a people (`Tamil`,
 * `Somali`) are community words too (cues.ts), so the quasi detector still finds `I'm Tamil`.
 */
export const LANGUAGES: ReadonlySet<string> = new Set(
  phrases(`
  arabic, urdu, punjabi, hindi, bengali, bangla, gujarati, tamil, telugu, malayalam, marathi, sinhala, nepali,
  pashto, dari, farsi, persian, kurdish, sorani, kurmanji, turkish, tigrinya, amharic, oromo, somali, swahili,
  kiswahili, yoruba, igbo, hausa, twi, zulu, isizulu, xhosa, isixhosa, sesotho, setswana, afrikaans,
  ndebele, lingala, tagalog, ilocano, cebuano, bisaya, visayan, mandarin, cantonese, hokkien, vietnamese, khmer,
  burmese, hmong, korean, japanese, malay, indonesian, spanish, portuguese, french, italian, german, polish,
  romanian, russian, ukrainian, czech, slovak, hungarian, bulgarian, albanian, serbian, croatian, bosnian, greek,
  hebrew, yiddish, te reo, te reo māori, gagana samoa, lea faka-tonga, hawaiian, cree, ojibwe, inuktitut, navajo,
  welsh, gaelic, irish, scots, cornish, bsl, asl, auslan, makaton, latin, esperanto, bahasa, bahasa indonesia,
  bahasa melayu, bahasa malaysia, filipino, kapampangan, hiligaynon, ilonggo, waray, bikol, chavacano, tok pisin,
  bislama, tetum, javanese, sundanese, thai, lao, tibetan, uyghur, kazakh, uzbek, tajik, azerbaijani, azeri,
  armenian, georgian, lithuanian, latvian, estonian, finnish, swedish, norwegian, danish, icelandic, dutch,
  flemish, catalan, basque, galician, maltese, slovenian, macedonian, belarusian, kinyarwanda, kirundi, luganda,
  dinka, nuer, kikuyu, kalenjin, chichewa, nyanja, bemba, tsonga, venda, wolof, pulaar, mandinka, bambara,
  krio, patois, haitian creole, papiamento, quechua, aymara, guarani, nahuatl, sylheti, mirpuri, pahari, potwari,
  sindhi, balochi, kashmiri, konkani, kannada, odia, oriya, assamese, dhivehi, sámi, saami, north sámi, twi, akan,
  fante, ewe, ga, tongan, samoan, niuean, fijian, rarotongan, māori, maori
`),
);

/** Everyday informal words that the ordinary-English word list lacks (`Blokes`, `Lockdown`, `Staffie`). */
export const INFORMAL_WORDS: ReadonlySet<string> = new Set(
  phrases(`
  bloke, blokes, lockdown, lockdowns, staffie, staffies, staffy, wellbeing, selfie, selfies, telly, footy, arvo,
  servo, brekkie, mozzie, mozzies, yous, youse, bairn, bairns, wean, weans, maw, dunno, gonna, wanna, gotta,
  kinda, sorta, y'all, innit, bruv, bro, cuz, hun, craic, eejit, cuppa, hoodie, trackies, jandals, togs, smoko,
  munted, chur, covid, vax, vaxxed, whatevs, nope, uni, aussie, aussies, kiwi, kiwis, pommy, pom, poms,
  gogo, mkhulu, ouma, oupa, nonna, nonno, yiayia, babushka,
  bajan, bajans, trini, trinis, vincy, scouser, scousers, scouse, brummie, brummies, mancunian, mancunians,
  glaswegian, glaswegians, weegie, weegies, dubliner, dubliners, corkonian, jafa, yank, yanks, yankee, yankees,
  canuck, canucks, newfie, newfies, okie, okies, hoosier, hoosiers, sassenach, teuchter, pommie, pommies, saffa, saffas
  aunty, auntie, oof, ooft, ugh, phew, yikes, whoa, woah, meh, eek, welp, yup, yep, ahh, aah, ooh
  wor, howay, haway, hinny, nowt, owt, y'know, y’know, yknow, physio, physios, congrats
`),
);

/**
 * Medicines, devices, health apps, TV programmes, exams and other shared things people name in health and community
 * transcripts (`Humira`, `Dexcom`, `MyChart`, `EastEnders`, `GCSEs`, `Virgo`): never a private identifier.
 */
export const PRODUCTS_AND_THINGS: ReadonlySet<string> = new Set(
  phrases(`
  humira, enbrel, wegovy, mounjaro, dexcom, libre, freestyle libre, omnipod, medtronic, novorapid, lantus, humalog,
  trulicity, jardiance, januvia, eliquis, xarelto, warfarin, ventolin, seretide, symbicort, epipen, naloxone, narcan,
  suboxone, subutex, methadone, lyrica, gabapentin, pregabalin, tramadol, codeine, oxycodone, oxycontin, fentanyl,
  morphine, sertraline, fluoxetine, citalopram, mirtazapine, venlafaxine, duloxetine, amitriptyline, lithium,
  quetiapine, olanzapine, risperidone, diazepam, valium, lorazepam, zopiclone, melatonin, ritalin, concerta, adderall,
  elvanse, vyvanse, strattera, calpol, lemsip, gaviscon, sudafed, benadryl, claritin, zyrtec, motrin, aleve, excedrin,
  mychart, nhs app, fitbit, apple watch, garmin, parkrun, couch to 5k, noom, myfitnesspal, headspace app, calm app,
  coronation street, eastenders, emmerdale, neighbours, home and away, shortland street, love island, bake off,
  strictly, x factor, gogglebox, gcse, gcses, a-level, a-levels, leaving cert, junior cert, sats, ncea, hsc, vce, ged,
  aries, taurus, gemini, cancer, virgo, libra, scorpio, sagittarius, capricorn, aquarius, pisces, brexit,
  phd, ph.d, dphil, mphil, msc, bsc, ma hons, mba, llb, llm, bed, med, mbbs, btech, mtech, bcom, mcom, nvq,
  btec, hnd, hnc, gcse, igcse, ib diploma, opi, gelish, revlon, l'oréal, loreal, maybelline, nivea,
  garnier, pantene, colgate, sensodyne, dettol, lysol, clorox, domestos, vicks, vaseline, huggies, pampers,
  national mòd, royal national mòd, mòd, eisteddfod, national eisteddfod, notting hill carnival, edinburgh fringe,
  glastonbury, pasifika festival, sinulog, ati-atihan, panagbenga, fiestas patrias, siva samoa, kapa haka,
  tau'olunga, fa'ataupati, hula, hari raya, hari raya puasa, hari raya haji, thaipusam, wigilia, andrzejki, dożynki
`),
);

/** Endings of generic medicine names (`methotrexate`, `adalimumab`, `omeprazole`, `sertraline`, `clopidogrel`, `apixaban`). */
export const MEDICINE_NAME_SHAPE =
  /(?:mab|trexate|pril|olol|statin|prazole|cillin|mycin|azole|semide|pine|done|phine|tidine|sartan|gliptin|gliflozin|parin|oxacin|tinib|triptan|azepam|zolam|oxetine|traline|opram|afil|formin|glutide|mide|lukast|sone|olone|grel|xaban|gatran|profen|coxib|dronate|platin|rubicin|terol)$/;

/**
 * True for one lower-case word that names a brand or product (`facebook`, `tesco`): no private name or place.
 * Languages are not among them (`portuguese` may be someone's nationality), nor famous one-name people, some of
 * whose names are also given names (`ronaldo`, `yanni`).
 */
export function isSharedWord(lowerWord: string): boolean {
  return PUBLIC_BRANDS_AND_SERVICES.has(lowerWord) || PRODUCTS_AND_THINGS.has(lowerWord);
}
