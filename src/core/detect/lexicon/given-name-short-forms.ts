/**
 * Short forms and diminutives of given names that people use alone, across languages, from general knowledge of
 * naming customs (English clippings `Kev`, `Trev`; Polish `Kasia`, `Gosia`, `Tomek`; Russian and Bulgarian `Misha`,
 * `Pesho`; Georgian `Zura`, `Ninuka`; Spanish and Portuguese `Chuy`, `Nelo`; Nguni and Sotho `Bongani`, `Thandi`,
 * `Sipho`; Igbo and Yoruba `Chuk`, `Tunde`; Arabic `Hamoudi`; Greek `Takis`, `Koula`; Hindi and Punjabi `Bunty`,
 * `Pappu`), none of them a word of English or of the languages foreign-words.ts knows. given-names.ts adds them to
 * the given-name lexicon, so a lower-case caption's `kev` or `thandi` reads as a name as `kevin` does.
 */
export const GIVEN_NAME_SHORT_FORMS_TEXT =
  'aśka babs bridgie dinny neily noely packie seanie bablu bartek basia bayo bazza baśka benji beppe beto bimpe bittu bongani bongi bożenka bunty ceco charo chelo chema chidi chintu chuk chuks chuy conchi danusia dasha davo dayo dazza dima dineo dudi ebuka efua femi fofo franek funmi galya giorgos gogi golu gosho gosia gośka grażynka guddu halinka hamada hamoudi hansi heniek inday iwonka jabu jhoy johnno jola jonno jurek józek kasia katya kaśka kev khanyi kolya kostas kostya koula krzysiek ksyusha kuba lalo lasha lefteris lencho lindiwe lungi lwazi lyosha lyuba macca makis marysia masha mbali mikey mimis misha mitko monu munna nanni nastya nelo ngozi nhlanhla nige ninuka nneka nomsa ntombi nutsa olya palesa pappu peppe pesho petya pino pintu quique rinku robbo seryozha shaz shazza shuli sibu sizwe sonu soula soulla sousou staszek steffi stelios stoyo sveta takis tamuna tasos thabo thandi thembi thuli tinku tião tolya tomek tommo tonho tonio tosho totò toño trev tshepo tunde uche uschi vanko volodya voula vova vusi wazza wiesiek wojtek wolfi yinka yossi yura zbyszek zezinho zhenya zinhle zodwa zosia zura';
