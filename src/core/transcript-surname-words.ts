/**
 * Surnames that are also ordinary English words (`COOK`, `YOUNG`, `STONE`), so a label in capitals made of
 * such a word may still be a speaker's surname and is kept as a label. The first list is the surnames of
 * @faker-js/faker 10.6.0's English-speaking locales (MIT licence, (c) Faker contributors) that are English words,
 * extracted with its `en*` locale files; the second, common English surnames that are words, added by hand.
 */
const SURNAME_WORDS: ReadonlySet<string> = new Set(
  `baa barrows beer bins block bode bogan bongo borer brown butt chow collier cook cox crooks cummings dare fan
  ferry fish fisher fuller funk garden gill grace grant green grimes hall hand hill hills johns keeling khan
  king lam lama law lee little lung lynch man marks martin mason miller mills miracle moss pang peter price
  prince pun rice rose salami shah shields sin smith stark stokes sun swift tam tan tang terry tong toy tromp
  turner tutu walker wan ward waters west white will witting wolf wood wright yip young
  stone black bell bishop knight page day long hunt marsh rich wise moody fox hart lamb nash bush field ford gray grey
  cross sharp strong butler carpenter chambers church cole dean fields frost glass golden hardy heath hood house howe
  hunter jay lane lord love mann moon newman noble park parsons payne pike plant pond pope potter power read reed
  rivers rock rowe sage savage shepherd short singer slater spencer steel summers sweet tanner taylor temple thorn
  tucker vale wall warren weaver webb wells wilde winter woods young bird crow drake finch sparrow swan wren hale
  hay brook brooks banks baker cooper fisher porter parker archer carter mills chapman gardener glover hopkins`.split(/\s+/),
);

export function isSurnameWord(lowerWord: string): boolean {
  return SURNAME_WORDS.has(lowerWord);
}
