/**
 * Words that say what kind of organisation a name is, in the languages transcripts mix in: the word opening a name in
 * Romance, Slavic, Germanic, Indonesian and other languages (`Cooperativa Ixoq Ajkem`, `Escola Sementinha`,
 * `Poliklinika Hrabůvka`, `Toko Mulia`), the word closing a company's name in English (`Kosaka Auto Components`),
 * legal forms (`s.r.o.`, `GmbH`), the endings of one-word compounds (`Wilhelminenspital`, `Rigshospitalet`) and the
 * suffixes of Japanese, Korean and Chinese names (`高丘小学校`, `해동병원`). Lower case; accents kept as written.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** A word that opens an organisation's name; not words that are as often a place (`centro`, `casa`, `pasar`, `dinas`). */
export const ORG_KIND_FIRST_WORDS = set(`
  asociación asociacion associação associacao associazione association asociatia asociația associació
  cooperativa coopérative cooperative cooperativo koperasi kooperativ zadruga spółdzielnia
  colegio colégio colegiul collège escola escuela école ecole scuola liceo lycée liceul instituto institut istituto institución
  universidad universidade università université universität universiteit uniwersytet univerzita prifysgol
  hospital hôpital hopital hospitalet ospedale clínica clinique klinik klinika poliklinika policlínica policlinico
  farmacia farmácia pharmacie apotheke apotheek apteka lékárna ljekarna
  panadería panaderia padaria boulangerie pâtisserie patisserie bäckerei bakkerij pekarna pekarnya piekarnia
  mercado supermercado abarrotes tienda loja mercearia épicerie
  igreja iglesia église eglise chiesa parroquia paróquia paroisse parrocchia pfarre pfarrei capilla capela chapelle kanisat kanisa
  mairie ayuntamiento prefeitura municipalidad alcaldía alcaldia magistrát magistrat comune gemeinde
  fundación fundacion fundação fondation fondazione fundacja nadácia nadace stiftung stichting
  sindicato syndicat sindacato sindikat gewerkschaft
  sociedad sociedade société società spolek stowarzyszenie vereniging förening forening udruga udruženje
  empresa entreprise fábrica fabrica usine fabbrica
  guardería creche crèche
  consultorio ambulatorio dispensario
  klub
  toko warung yayasan puskesmas sekolah gereja
  samahan paaralan
  ysgol scoil cylch meithrin
  zš mš sš gymnázium gimnazjum szkoła szkola škola skola skole szpital przychodnia bolnica nemocnice
  volksschule grundschule realschule gesamtschule hauptschule mittelschule
  shule hospitali
  coláiste colaiste cumann comharchumann còisir capel sklep parafia parohia farnost župa úrad úřad mestský městský câmara paguyuban pt
  школа училище болница больница поликлиника гимназия лицей церковь храм фонд ооо зао оао дг
`);

/** A word that closes an organisation's name, beyond the shared suffix list: trades, company words, groups, services. */
export const ORG_KIND_LAST_WORDS = set(`
  components composite composites sciences standards properties digital solutions systems industries enterprises
  technologies technology tech labs laboratories logistics haulers haulier hauliers fulfilment fulfillment packaging
  recruitment consulting consultancy media apparel textiles textile garments knitwear spares autospares engineering
  manufacturing fabrication metro transit railway railways airways
  parish parroquia paróquia paroisse pfarre
  brauerei bäckerei brewing
  intérim interim
  sacco
  catering manpower contracting mobiles overseas rifles regiment battalion brigade fusiliers housing dressmaking roofing
  joinery scaffolding couriers electronics interiors grocery groceries moschee samaj outreach collective
  gmbh sas sarl srl ltda bv pty pvt sdn bhd llp
  resort detachment
`);

/** Legal forms written with full stops after a name (`RESIDO Moravia s.r.o.`, `Nová Cesta, z.s.`, `Vereinsname e.V.`). */
export const LEGAL_FORM_AFTER = /^,?\s?(?:s\.r\.o\.|z\.s\.|a\.s\.|o\.p\.s\.|e\.V\.|S\.A\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|Ltda\.|A\.Ş\.|Sp\. z o\.o\.|d\.o\.o\.|Pty\.? Ltd\.?|Ltd\.|Inc\.|GmbH|S\.A\.S\.)/u;

/** Endings of one-word compounds naming an organisation (`Wilhelminenspital`, `Rigshospitalet`, `kulturföreningen`). */
export const ORG_COMPOUND_ENDING =
  /\p{Ll}(?:schule|verein|verband|behörde|amt|werk|forening|spital|klinik|klinikum|kirche|brauerei|bäckerei|werke|gesellschaft|genossenschaft|hospitalet|sjukhuset|sykehuset|sygehuset|skolan|skolen|föreningen|foreningen|forbundet|förbundet|kirken|kyrkan|ziekenhuis|vereniging)$/u;

/** Endings of a Japanese, Korean or Chinese organisation's name: schools, hospitals, companies, churches, offices. */
export const CJK_ORG_SUFFIXES: readonly string[] = [
  // Japanese
  '小学校', '中学校', '高等学校', '高校', '大学', '専門学校', '幼稚園', '保育園', '病院', '医院', 'クリニック', '診療所',
  '株式会社', '有限会社', '工業', '製作所', '銀行', '教会', '協会', '組合', '商店', '市役所', '区役所', '町役場', '役場', '工場',
  // Korean
  '초등학교', '중학교', '고등학교', '대학교', '어린이집', '유치원', '병원', '의원', '교회', '성당', '중공업', '공업', '기공', '물산',
  '산업', '은행', '협회', '조합', '구청', '시청', '주민센터', '복지관', '센터',
  // Chinese
  '公司', '醫院', '医院', '學校', '学校', '小學', '小学', '中學', '中学', '銀行', '银行', '教會', '协会', '協會', '工廠', '工厂',
];
