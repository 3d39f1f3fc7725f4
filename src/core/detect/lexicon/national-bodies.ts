/**
 * Public bodies everyone in a country shares, so never a private identifier in passing (guidelines: national or
 * international bodies, programmes, chains and brands are `none`): national agencies and public insurers of the
 * countries research participants come from, national airlines, ferry and rail operators, and national newspapers
 * and broadcasters. General knowledge from well-known public lists, never names taken from a transcript. Lower-case,
 * words joined by single spaces, accents kept as written (an accent-less spelling is listed beside it). Names that are
 * also given names or ordinary place words (`Star`, `Nation`, `Standard`, `Delta`) are left out: a person or a local
 * place must win.
 */

const phrases = (text: string): string[] =>
  text.split(/[,\n]/).map((item) => item.trim().replace(/\s+/g, ' ')).filter((item) => item.length > 0);

export const NATIONAL_AGENCIES: readonly string[] = phrases(`
  migrationsverket, arbetsförmedlingen, arbetsformedlingen, försäkringskassan, forsakringskassan, skatteverket,
  socialstyrelsen, kronofogden, socialtjänsten, socialtjansten, polisen, csn, folktandvården, vårdcentralen,
  udi, nav, skatteetaten, lånekassen, helsenorge, udbetaling danmark, sundhedsstyrelsen, borgerservice, kela,
  migri, vinnumálastofnun, útlendingastofnun,
  jobcenter, arbeitsagentur, agentur für arbeit, bundesagentur für arbeit, ausländerbehörde, auslanderbehorde,
  bürgeramt, burgeramt, sozialamt, jugendamt, krankenkasse, aok, bundeswehr,
  caf, pôle emploi, pole emploi, france travail, cpam, assurance maladie, sécurité sociale, securite sociale, urssaf,
  préfecture, prefecture, ofii, ofpra, mdph, gendarmerie, sncf, la poste,
  uwv, belastingdienst, gemeente, svb, cbr, ocmw, cpas, fedasil, vdab, forem, actiris,
  sepe, seguridad social, hacienda, guardia civil, mossos, inps, inail, agenzia delle entrate, carabinieri, questura,
  zus, nfz, urząd pracy, straż graniczna, segurança social, sef, aima,
  ramq, saaq, cnesst, revenu québec, revenu quebec, hydro-québec, hydro-quebec, hydro québec, hydro quebec,
  sûreté du québec, surete du quebec, service canada, immigration canada, canada post, postes canada, via rail,
  services québec, services quebec, ciusss, cisss, ssq, loto-québec, loto-quebec, bc hydro,
  icbc, worksafebc, hydro ottawa, ontario health, alberta health services, ahs, sask health, manitoba health,
  health canada, santé canada, sante canada, statistics canada, statcan, parks canada, crown-indigenous relations,
  indigenous services canada, nihb, veterans affairs canada, employment and social development canada, esdc,
  imss, issste, infonavit, inm, sedena, cfe, pemex, telcel,
  sunat, reniec, essalud, minsa, migraciones, pnp, sunarp, sedapal, onp, afp integra, banco de la nación,
  banco de la nacion, sisbén, sisben, eps sura, registraduría, registraduria, fonasa, isapre, anses,
  afip, sus, inss, receita federal, bolsa família, bolsa familia, cadúnico, cadunico, detran, caixa,
  kra, nhif, kws, ntsa, nssf, huduma, huduma centre, ecitizen, kenya power, kplc, kebs, kdf, nhif card, helb,
  tanesco, nssf uganda, ethio telecom, zimra, zesa, nust, zupco,
  bpjs, bpjs kesehatan, bpjs ketenagakerjaan, kemenkes, kemnaker, kemendikbud, dukcapil, pln, pertamina, polri, tni,
  bri, bank rakyat indonesia, bank mandiri, bni, pegadaian, imigrasi, kpk,
  jpj, jpn, kwsp, epf malaysia, socso, perkeso, lhdn, tnb, pdrm, imigresen,
  nadra, fbr, eobi, benazir income support programme, bisp, wapda, bgmea, brac, grameen bank,
  sri lanka bureau of foreign employment, slbfe, nepal rastra bank,
  sgk, e-devlet, e devlet, ptt, diyanet, afad, kızılay, kizilay,
  centrelink, medicare australia, medicare, myhealth, mygov, tafe nsw, service nsw, services sa, vicroads,
  department of home affairs, acc, work and income, studylink, oranga tamariki, pharmac,
  te puni kōkiri, te puni kokiri, te whatu ora, health new zealand, health nz, waka kotahi, kāinga ora homes,
  ministry of social development, ministry of education, ministry of health, residential tenancies board, rtb,
  landbruksdirektoratet, helsedirektoratet, utdanningsdirektoratet, arbeidstilsynet, mattilsynet, statsforvalteren,
  fylkesmannen, sametinget, sámediggi, samediggi, trafikverket, transportstyrelsen, boverket, kommunen,
  ghana water, ghana water company, electricity company of ghana, ghana revenue authority, gra, nia ghana,
  department of homeland security, social security office, department of veterans affairs, medicaid, medicare part d,
  securitate, stasi, kgb, nkvd, stb, ávh, avh, savak, mukhabarat, dgs, pide, gestapo, militsiya, milicja,
  casa națională de pensii, casa nationala de pensii, anaf, cnas, inps, aima, ukrainian red cross, diia, pfu
`);

export const AIRLINES_AND_CARRIERS: readonly string[] = phrases(`
  air canada, westjet, air transat, porter airlines, air inuit, canadian north, pal airlines, provincial airlines,
  air creebec, calm air, flair airlines, swoop, pacific coastal, harbour air, air north, first air, sunwing,
  american airlines, united airlines, delta air lines, delta airlines, southwest airlines, southwest, jetblue,
  alaska airlines, spirit airlines, frontier airlines, hawaiian airlines, allegiant,
  british airways, easyjet, ryanair, aer lingus, loganair, jet2, virgin atlantic, flybe, wizz air, wizzair,
  lufthansa, eurowings, condor, klm, transavia, air france, sas, scandinavian airlines, norwegian air, finnair,
  icelandair, atlantic airways, widerøe, wideroe, iberia, vueling, air europa, tap air portugal, tap portugal,
  ita airways, alitalia, swiss air, swissair, austrian airlines, brussels airlines, lot polish airlines, aeroflot,
  turkish airlines, pegasus airlines, emirates airline, qatar airways, etihad, etihad airways, flydubai, air arabia,
  saudia, saudi airlines, gulf air, oman air, kuwait airways, royal jordanian, middle east airlines, egyptair,
  ethiopian airlines, kenya airways, jambojet, rwandair, south african airways, royal air maroc, air peace,
  arik air, air zimbabwe, fastjet, precision air, uganda airlines,
  air india, spicejet, vistara, akasa air, biman, us-bangla, us bangla airlines, pakistan international airlines,
  srilankan airlines, nepal airlines, buddha air,
  singapore airlines, scoot, malaysia airlines, airasia, air asia, garuda, garuda indonesia, lion air, citilink,
  batik air, wings air, sriwijaya air, thai airways, vietnam airlines, vietjet, cathay pacific, cathay,
  china southern, china eastern, air china, hainan airlines, japan airlines, all nippon airways, korean air,
  asiana, eva air, china airlines, qantas, jetstar, virgin australia, air new zealand, fiji airways,
  latam, latam airlines, avianca, aeroméxico, aeromexico, volaris, viva aerobus, copa airlines, gol, azul,
  jetsmart, sky airline, aerolíneas argentinas, aerolineas argentinas, caribbean airlines, bahamasair, interjet,
  smyril line, strandfaraskip landsins, calmac, caledonian macbrayne, northlink, stena line, p&o ferries,
  irish ferries, brittany ferries, dfds, color line, hurtigruten, viking line, tallink, bc ferries, marine atlantic,
  stq, société des traversiers du québec, tshiuetin rail, amtrak, greyhound canada, orléans express, orleans express,
  cruz del sur, oltursa, civa, movil tours, ormeño, ormeno, peru rail, perurail, inca rail,
  kenya railways, madaraka express, sgr, modern coast, ena coach, trans-africa, pelni, kereta api indonesia,
  deutsche bahn, dsb, renfe, trenitalia, sncb, öbb, obb, sbb, irish rail, iarnród éireann
`);

export const NEWSPAPERS_AND_BROADCASTERS: readonly string[] = phrases(`
  the guardian, guardian, the times, the sunday times, sunday times, the observer, the telegraph, daily telegraph,
  daily mail, mail on sunday, daily express, daily mirror, the independent, financial times, the economist, evening standard,
  the scotsman, the herald, daily record, western mail, irish times, irish independent, irish examiner, belfast telegraph,
  new york times, washington post, wall street journal, usa today, los angeles times, la times, chicago tribune,
  boston globe, new york post, associated press, reuters, bloomberg, npr, fox news, msnbc, cnn, abc news, nbc news,
  cbs news, globe and mail, the globe and mail, toronto star, national post, the gazette, montreal gazette,
  le devoir, la presse, le journal de montréal, journal de montréal, journal de montreal, le journal de québec,
  journal de québec, le soleil, radio-canada, ici radio-canada, tva, tva nouvelles, cbc news, cbc north, aptn,
  nunatsiaq news, global news, ctv news, le monde, le figaro, libération, liberation, le parisien, ouest-france,
  france 24, rfi, tf1, france 2, der spiegel, die zeit, süddeutsche zeitung, frankfurter allgemeine, faz,
  bild, die welt, ard, zdf, deutsche welle, dagens nyheter, svenska dagbladet, aftonbladet, expressen, svt, sveriges radio,
  aftenposten, verdens gang, nrk, politiken, berlingske, jyllands-posten, ekstra bladet, yle, helsingin sanomat,
  ruv, rúv, de telegraaf, de volkskrant, nrc, le soir, de standaard, vrt, rtbf,
  el país, el pais, el mundo, la vanguardia, abc españa, rtve, público, corriere della sera, la repubblica,
  gazeta wyborcza, tvn, tvp, público portugal, rtp, sic notícias,
  el comercio, la república, la republica, peru21, perú21, trome, rpp, américa tv, america tv, tv perú,
  clarín, clarin, la nación, la nacion, el tiempo, el espectador, el universal, reforma, la jornada, milenio,
  televisa, tv azteca, o globo, folha de s.paulo, folha de são paulo, folha, estadão, estadao, rede globo, globo,
  daily nation, the standard kenya, the east african, taifa leo, citizen tv, ktn, ntv kenya, kbc, the star kenya,
  new vision, daily monitor, the citizen tanzania, the herald zimbabwe, newsday zimbabwe, zbc, sabc news,
  mail & guardian, mail and guardian, sowetan, news24, daily maverick, punch nigeria, the punch, thisday,
  premium times, channels tv, daily graphic, joy fm, myjoyonline,
  the hindu, times of india, hindustan times, indian express, the indian express, ndtv, aaj tak, zee news,
  dainik jagran, dainik bhaskar, malayala manorama, mathrubhumi, geo news, ary news, express tribune,
  the daily star, prothom alo, daily ittefaq, bdnews24, the kathmandu post, daily mirror sri lanka,
  kompas, tempo, jakarta post, the jakarta post, detik, detikcom, tribun, metro tv, tvri, rcti,
  the straits times, straits times, channel newsasia, cna, the star malaysia, new straits times, utusan, bernama,
  philippine daily inquirer, inquirer, rappler, abs-cbn news, gma news, south china morning post, scmp,
  xinhua, cctv, nhk, asahi shimbun, yomiuri shimbun, yonhap, kbs, mbc,
  sydney morning herald, the age, the australian, herald sun, abc australia, sbs news, nz herald, new zealand herald,
  stuff, radio new zealand, tvnz, al jazeera, bbc news, bbc world service, sky news, itv news, channel 4 news
`);

/**
 * Provinces, states, regions and islands of residence in countries research participants come from, beyond the
 * ones compromise knows: generic places unless someone's origin (guidelines). Names shared with their capital city
 * (`Lima,`, `Puno,`, `Lagos,`, `Kano,`) are left out, so the city stays a town.
 */
export const PROVINCES_AND_REGIONS: readonly string[] = phrases(`
  québec, île-du-prince-édouard, nouveau-brunswick, nouvelle-écosse, colombie-britannique, terre-neuve,
  northwest territories, territoires du nord-ouest, nunavik, nunatsiavut,
  andhra pradesh, arunachal pradesh, assam, bihar, chhattisgarh, goa, gujarat, haryana, himachal pradesh,
  jharkhand, karnataka, kerala, madhya pradesh, maharashtra, manipur, meghalaya, mizoram, nagaland, odisha, orissa,
  rajasthan, sikkim, tamil nadu, telangana, tripura, uttar pradesh, uttarakhand, west bengal,
  sindh, khyber pakhtunkhwa, balochistan, baluchistan, gilgit-baltistan, azad kashmir,
  aceh, north sumatra, west sumatra, riau, jambi, south sumatra, bengkulu, lampung, banten, west java, central java,
  east java, jawa barat, jawa tengah, jawa timur, yogyakarta special region, daerah istimewa yogyakarta, diy,
  west kalimantan, central kalimantan, south kalimantan, east kalimantan, north kalimantan, kalimantan, sumatra,
  java, sulawesi, north sulawesi, south sulawesi, papua, west papua, maluku, nusa tenggara, west nusa tenggara,
  east nusa tenggara, borneo, sabah, sarawak, johor, kedah, kelantan, pahang, perak, selangor, terengganu,
  luzon, visayas, mindanao,
  amazonas, apurímac, apurimac, la libertad,
  madre de dios, ucayali, áncash, ancash,
  antioquia, cundinamarca, valle del cauca, chiapas, jalisco, michoacán, michoacan, sonora,
  nuevo león, nuevo leon, yucatán, yucatan, baja california, sinaloa, tamaulipas,
  minas gerais, são paulo state, bahia, pernambuco, rio grande do sul, santa catarina,
  coast province, coast region, rift valley, nyanza, western province, central province, eastern province,
  north eastern province,
  mashonaland, matabeleland, manicaland, midlands province,
  gauteng, kwazulu-natal, kwazulu natal, eastern cape, western cape, northern cape, free state, limpopo,
  mpumalanga, north west province,
  bavaria, bayern, baden-württemberg, north rhine-westphalia, nordrhein-westfalen, lower saxony, niedersachsen,
  hessen, saxony, sachsen, brandenburg, thuringia, schleswig-holstein, rhineland-palatinate,
  skåne, skane, västra götaland, vastra gotaland, norrland, lapland, lappland, jutland, jylland, zealand, sjælland,
  funen, fyn, greenland, kalaallit nunaat, faroe islands, faroes, føroyar, åland,
  andalusia, andalucía, andalucia, galicia, basque country, euskadi, castile, castilla, valencia region,
  lombardy, lombardia, sicily, sicilia, sardinia, tuscany, toscana, calabria, campania, puglia, apulia,
  île-de-france, ile-de-france, bretagne, normandy, normandie, provence, occitanie, alsace,
  wallonia, wallonie, flanders, vlaanderen, silesia, śląsk, mazovia, masovia, transylvania, anatolia,
  guangdong, fujian, sichuan, yunnan, hunan, hubei, henan, shandong, zhejiang, jiangsu, guangxi, xinjiang, tibet,
  inner mongolia, hokkaido, kyushu, okinawa, mindanao island, bangsamoro
`);

/** Countries as their own people write them (`Deutschland`, `Sverige`): as general as the English name. */
export const COUNTRY_ENDONYMS: readonly string[] = phrases(`
  deutschland, österreich, osterreich, schweiz, suisse, svizzera, españa, espana, italia, polska, sverige, norge, noreg,
  danmark, suomi, ísland, island, nederland, belgië, belgique, éire, hrvatska, srbija, crna gora, bosna i hercegovina,
  magyarország, magyarorszag, česko, cesko, slovensko, slovenija, românia, romania, bălgarija, ellada, hellas, türkiye,
  turkiye, shqipëria, shqiperia, lietuva, latvija, eesti, україна, ukraina, rossiya, россия, sakartvelo, hayastan,
  brasil, méxico, perú, panamá, haïti, ayiti, nippon, nihon, zhongguo, hanguk, bharat, bhārat, pilipinas,
  misr, al-maghrib, al-jazair, tounes, soomaaliya, ityop'ia, kalaallit nunaat
`);

