/**
 * Nationalities, ethnic groups and faiths, lower-case, from general knowledge of public lists (country demonyms,
 * major ethnic and Indigenous peoples, religious denominations). compromise knows only some demonyms (`tongan`,
 * `eritrean`, `irish`, `somali` are missing), so these complete them. Words that are also common names or ordinary
 * words (`karen`, `chin`, `crow`, `creek`, `maya`) are left out on purpose.
 */
const words = (text: string): string[] => text.split(/[,\n]/).map((word) => word.trim()).filter(Boolean);

/** Nationality adjectives and nouns; multi-word ones keep their space. */
export const NATIONALITIES: readonly string[] = words(`
  afghan, albanian, algerian, american, andorran, angolan, antiguan, argentine, argentinian, armenian, australian,
  austrian, azerbaijani, azeri, bahamian, bahraini, bangladeshi, barbadian, bajan, belarusian, belgian, belizean,
  beninese, bhutanese, bolivian, bosnian, botswanan, motswana, batswana, brazilian, british, bruneian, bulgarian,
  burkinabe, burmese, burundian, cambodian, cameroonian, canadian, cape verdean, chadian, chilean, chinese,
  colombian, comorian, congolese, costa rican, croatian, cuban, cypriot, czech, danish, djiboutian, dominican, dutch,
  ecuadorian, egyptian, salvadoran, salvadorean, emirati, english, eritrean, estonian, ethiopian, fijian, filipino,
  filipina, finnish, french, gabonese, gambian, georgian, german, ghanaian, greek, grenadian, guatemalan, guinean,
  guyanese, haitian, honduran, hungarian, icelandic, indian, indonesian, iranian, iraqi, irish, israeli, italian,
  ivorian, jamaican, japanese, jordanian, kazakh, kenyan, kosovan, kosovar, kuwaiti, kyrgyz, laotian, latvian,
  lebanese, basotho, mosotho, liberian, libyan, lithuanian, macedonian, malagasy, malawian, malaysian, maldivian,
  malian, maltese, marshallese, mauritanian, mauritian, mexican, micronesian, moldovan, mongolian, montenegrin,
  moroccan, mozambican, namibian, nauruan, nepali, nepalese, nicaraguan, nigerien, nigerian, niuean, norwegian,
  omani, pakistani, palauan, palestinian, panamanian, papuan, paraguayan, persian, peruvian, polish, portuguese,
  puerto rican, qatari, romanian, russian, rwandan, samoan, saudi, scottish, senegalese, serbian, seychellois,
  sierra leonean, singaporean, slovak, slovakian, slovenian, solomon islander, somali, somalian, south african,
  south sudanese, spanish, sri lankan, sudanese, surinamese, swazi, swedish, syrian, taiwanese, tajik, tanzanian,
  thai, tibetan, timorese, togolese, tokelauan, tongan, trinidadian, tunisian, turkish, turkmen, tuvaluan, ugandan,
  ukrainian, uruguayan, uzbek, ni-vanuatu, venezuelan, vietnamese, welsh, yemeni, zambian, zimbabwean, cornish, manx,
  northern irish, new zealander, kiwi, aussie, brit, yank, kazakhstani, uzbekistani, kyrgyzstani, luxembourger,
  luxembourgish, liechtensteiner, monegasque, vincentian, kittitian, st lucian, bermudian, caymanian, greenlander,
  faroese, gibraltarian, hongkonger, hong konger, macanese, congolese, equatoguinean, são tomean, sahrawi
`);

/**
 * Ethnic groups and Indigenous peoples, from general knowledge of public lists of contemporary ethnic groups (minority
 * peoples of South and South-East Asia, Africa, the Americas, the Arctic and Oceania as well as the large ones).
 * Names that are also English words (`ewe`, `afar`, `moor`, `kale`, `ute`, `mon`, `fur`) are left out on purpose.
 */
export const ETHNIC_GROUPS: readonly string[] = words(`
  hmong, kurdish, kurd, rohingya, tamil, sinhalese, punjabi, gujarati, bengali, pashtun, hazara, tigrayan, amhara,
  oromo, yoruba, igbo, hausa, fulani, akan, ashanti, zulu, xhosa, sotho, tswana, shona, ndebele, venda, tsonga,
  kikuyu, luo, kalenjin, maasai, berber, amazigh, bedouin, druze, copt, assyrian, chaldean, yazidi, circassian,
  chechen, tatar, romani, romanichal, sinti, basque, catalan, galician, breton, flemish, walloon, frisian,
  afrikaner, uyghur, uighur, hakka, cantonese, hokkien, teochew, ainu, okinawan, khmer, montagnard, kachin, gurkha,
  sherpa, adivasi, dalit, parsi, sindhi, baloch, kashmiri, malayali, goan, anglo-indian, tahitian, hawaiian,
  native hawaiian, chamorro, i-kiribati, torres strait islander, pacific islander, cook island maori, koori, murri,
  noongar, yolngu, palawa, native american, american indian, first nations, alaska native, inuk, inuit, métis,
  cree, ojibwe, ojibway, anishinaabe, mohawk, haudenosaunee, mi'kmaq, mi’kmaq, dene, innu, haida, navajo, diné,
  apache, cherokee, lakota, sioux, hopi, zuni, choctaw, chickasaw, seminole, muscogee, blackfoot, shoshone, yupik,
  iñupiat, inupiaq, aleut, tlingit, quechua, aymara, mapuche, mixtec, zapotec, nahua, tarahumara, rarámuri,
  boricua, nuyorican, garifuna, afro-caribbean, afro-latina, afro-latino, gullah, creole, cajun, acadian, chicano, chicana, latino,
  latina, latinx, hispanic, ashkenazi, sephardi, sephardic, mizrahi, pavee, irish traveller, traveller, gypsy,
  roma, sami, māori, maori, pākehā, pakeha, pasifika, aboriginal, indigenous, torres strait, vietnamese american,
  mexican american, mexican-american, chinese american, korean american, filipino american, african american,
  black british, british asian, british pakistani, british indian, british bangladeshi, malay, peranakan, mirpuri,
  pathan, pakhtun, pukhtun, yup'ik, cup'ik, cupik, javanese, sundanese, minangkabau, batak, bugis, acehnese, dayak,
  kadazan, ilocano, visayan, cebuano, igorot, lumad, hmong american, isan, karenni,
  tigrinya, somali bantu, bantu, banyamulenge, hutu, tutsi, nuer, dinka, azande, beja, tuareg, wolof, fula,
  mandinka, bambara, fante, ijaw, kanuri, luhya, kamba, kisii, sukuma, chaga,
  roma gypsy, gitano, manouche, yenish, lemko, hutsul, rusyn, crimean tatar, meskhetian, pontic greek, aromanian,
  garo, mandi, chakma, marma, tripuri, santal, santhal, khasi, hajong, bihari, stranded pakistani, malaiyaha tamil,
  up-country tamil, hill country tamil, indian tamil, sri lankan tamil, sri lankan moor, burgher, vedda, naga, mizo,
  bodo, gond, bhil, munda, oraon, newar, tharu, magar, limbu, tamang, lepcha, bhutia, rakhine, kayah, lisu, akha,
  lahu, cham, tausug, maranao, maguindanao, bajau, iban, bidayuh, orang asli, pinoy, pinay, zainichi, burakumin,
  ryukyuan, mandaean, zaza, nubian, masalit, zaghawa, sidama, wolayta, gurage, benadiri, bajuni, soninke, serer, jola,
  diola, songhai, dogon, mossi, dagomba, tiv, efik, ibibio, urhobo, itsekiri, krio, temne, mende, kpelle, bakongo,
  baganda, banyankole, acholi, iteso, karamojong, lugbara, turkana, pokot, samburu, borana, rendille, makonde, chewa,
  tumbuka, bemba, lozi, herero, himba, ovambo, khoikhoi, khoisan, basarwa, cape malay, quilombola, quilombolas,
  afro-brazilian, caboclo, ribeirinho, guarani, kaiowá, yanomami, kayapó, tikuna, wayuu, emberá, miskito, q'eqchi',
  k'iche', kaqchikel, tzotzil, tzeltal, purépecha, otomí, mazatec, triqui, wixárika, huichol, yaqui, tohono o'odham,
  paiute, arapaho, cheyenne, comanche, kiowa, osage, pawnee, ho-chunk, menominee, potawatomi, odawa, oneida,
  onondaga, cayuga, tuscarora, lenape, wampanoag, narragansett, pequot, passamaquoddy, penobscot, maliseet,
  wolastoqiyik, abenaki, atikamekw, naskapi, gwich'in, tlicho, inuvialuit, kalaallit, greenlandic, sámi, saami,
  northern sámi, skolt sámi, lule sámi, south sámi, inari sámi, nenets, khanty, evenki, yakut, sakha, buryat, chukchi,
  karelian, kven, tornedalian, kalderash, lovari, boyash, scottish traveller, mincéir, sorbian, ladin, friulian,
  sardinian, corsican, gagauz, pomak, arbëreshë, itaukei, i-taukei, indo-fijian, rapa nui, kanak, tiwi, arrernte,
  pitjantjatjara, warlpiri, wiradjuri, gamilaraay, kaurna, nyungar, bundjalung, larrakia, anangu,
  kashubian, silesian, mappila, moplah, knanaya, girmitiya, girmit, q'anjob'al, ixil, tz'utujil, achi, poqomchi'
`);

/**
 * Generations of a diaspora, as its members name them (`I am sansei`, `sou yonsei`): Japanese emigrants' generations.
 * Not `fourth generation` in English, which farming families say of a farm as often as migrants of themselves.
 */
export const GENERATIONS: readonly string[] = words(`
  issei, nisei, sansei, yonsei, gosei, kibei, nikkei, nikkeijin
`);

/** Faiths and denominations (`Apostolic`, `Jehovah's Witness`), including common plurals people use of themselves. */
export const FAITHS: readonly string[] = words(`
  catholic, roman catholic, protestant, anglican, episcopalian, baptist, methodist, presbyterian, lutheran,
  pentecostal, evangelical, born-again, apostolic, zionist, orthodox, greek orthodox, russian orthodox, coptic,
  calvinist, congregationalist, unitarian, quaker, salvationist, christadelphian, brethren, exclusive brethren,
  plymouth brethren, hutterite, amish, mennonite, mormon, lds, latter-day saint, latter-day saints,
  seventh-day adventist, adventist, jehovah's witness, jehovah’s witness, jehovah's witnesses, jehovah’s witnesses,
  muslim, sunni, shia, shi'a, shiite, ismaili, ahmadi, ahmadiyya, sufi, salafi, alawite, hindu, sikh, amritdhari,
  buddhist, jain, zoroastrian, bahá'í, baha'i, bahai, jewish, orthodox jewish, hasidic, haredi, rastafarian, rasta,
  pagan, wiccan, druid, shinto, taoist, animist, scientologist, atheist, agnostic, humanist, christian, islamic,
  greek catholic, ukrainian catholic, byzantine catholic, maronite, melkite, chaldean catholic, syriac orthodox,
  armenian apostolic, ethiopian orthodox, eritrean orthodox, old order amish, beachy amish, old order mennonite,
  old colony mennonite, conservative mennonite, old believer, old believers, doukhobor, moravian, bruderhof,
  deobandi, barelvi, wahhabi, twelver, bohra, dawoodi bohra, khoja, alevi, namdhari, nihang, ravidassia, udasi,
  kabirpanthi, swaminarayan, vaishnava, shaiva, lingayat, jain digambar, theravada, mahayana, vajrayana, soka gakkai,
  cao dai, hoa hao, santeria, candomblé, candomble, vodou, rastafari, kimbanguist, aladura, zionist christian,
  shembe, nazareth baptist, akorino, legio maria, iglesia ni cristo, el shaddai, jehovah witness
`);

/** Every people and faith word, longest first so that `vietnamese american` wins over `vietnamese`. */
export function peopleAndFaithWords(extra: Iterable<string>): string[] {
  const all = new Set<string>([...NATIONALITIES, ...ETHNIC_GROUPS, ...FAITHS, ...GENERATIONS, ...extra]);
  return [...all].sort((a, b) => b.length - a.length);
}
