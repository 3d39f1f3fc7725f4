/**
 * The commonest function words (articles, pronouns, prepositions, conjunctions, auxiliaries, everyday adverbs and
 * verbs), weekdays and months of the languages most often mixed with English in transcripts: enough to tell that a
 * sentence is mostly another language, where a capital at its start is grammar and "not an English word" is no
 * evidence of a name. Compact lists written from general knowledge of each language (the top of any frequency list),
 * never from a corpus; accents as written, and the unaccented spelling where transcribers drop accents. Words that
 * are also frequent English words (`a`, `no`, `me`, `in`, `was`) are left out of the counts (ENGLISH_FUNCTION_WORDS).
 */
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word.length > 0);

const BY_LANGUAGE: Record<string, string> = {
  es: `el la los las un una unos unas lo del al y o e ni que qué de en con por para sin sobre entre hasta desde
    es son era eran fue fueron ser estar está están estaba estoy estamos soy somos hay había ha han he hemos tiene
    tienen tenía tengo tenemos hace hizo voy va vamos van puede puedo quiero quiere dice dijo sé sabe creo yo tú
    él ella ellos ellas usted ustedes nosotros nos se le les mi mis tu tus su sus nuestro nuestra este esta estos
    estas ese esa eso esto aquí allí ahí ya muy más pero porque cuando donde dónde cómo como también tampoco
    siempre nunca todo todos todas nada algo alguien otro otra otros mismo cada después antes ahora entonces luego
    bien mal sí aunque mientras casi solo sólo todavía aún así pues bueno mucho muchos poco hoy ayer mañana
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero febrero marzo abril mayo junio julio
    agosto septiembre setiembre octubre noviembre diciembre
    casa vida gente día dia año vez tiempo trabajo turno grupo familia hija hijo marido esposo esposa
    a no me`,
  pt: `o os as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas num numa e ou nem que de
    em com por para sem sobre entre até desde é são era eram foi foram ser estar está estão estava estou estamos
    sou somos tem têm tinha tenho temos há havia vai vou vamos pode posso quero quer diz disse sei sabe acho eu
    você vocês ele ela eles elas nós se lhe me te meu minha meus minhas teu tua seu sua seus suas nosso nossa este
    esta isto esse essa isso aqui ali lá já muito muita muitos mais mas porque quando onde como também sempre
    nunca tudo todos todas nada algo alguém outro outra mesmo cada depois antes agora então bem mal sim não ainda
    só hoje ontem amanhã aí né pra pro
    segunda terça terca quarta quinta sexta sábado sabado domingo janeiro fevereiro março marco abril maio junho
    julho agosto setembro outubro novembro dezembro
    casa vida gente dia ano vez tempo trabalho linha turno grupo família familia filha filho marido
    a me`,
  fr: `le la les un une des du au aux et ou ni que qui quoi de en dans avec pour par sans sur sous chez entre
    vers est sont était étaient été être avoir ai as avons avez ont avait fait faire va vais allons peut peux veux
    veut dit sais sait je tu il elle nous vous ils elles on me te se lui leur leurs mon ma mes ton ta tes son sa ses
    notre nos votre vos ce cet cette ces ça cela ici là très plus mais parce quand où comment aussi toujours jamais
    tout tous toute toutes rien quelque chose autre même chaque après avant maintenant alors bien oui non encore
    déjà aujourd'hui hier demain c'est n'est j'ai il y
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril mai juin juillet août
    aout septembre octobre novembre décembre decembre
    quelle quel quels quelles
    a`,
  it: `il lo la i gli le un uno una del della dei delle al alla ai nel nella e o che chi di da in con per su tra
    fra è sono era erano stato essere avere ho hai ha abbiamo hanno aveva fatto fare vado va andiamo può posso
    voglio vuole dice detto so sa io tu lui lei noi voi loro mi ti si ci vi mio mia miei mie tuo tua suo sua nostro
    nostra questo questa quello quella qui qua lì là molto più ma perché quando dove come anche sempre mai tutto
    tutti niente qualcosa altro stesso ogni dopo prima adesso ora allora bene sì non ancora già oggi ieri domani
    lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica gennaio
    febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    a no`,
  de: `der die das den dem des ein eine einen einem einer und oder aber denn weil dass wenn als wie zu von mit
    bei nach aus für auf über unter vor zwischen seit ohne gegen um ist sind war waren sein bin bist hat habe
    haben hatte hatten wird werden wurde kann können muss müssen will wollen soll ich du er sie es wir ihr mich
    dich sich mir dir ihm ihn ihnen mein meine dein deine sein seine unser unsere dieser diese dieses hier dort da
    sehr mehr nicht kein keine nichts auch noch schon immer nie alles etwas jetzt dann heute gestern morgen nur
    ja nein doch mal gibt geht
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz maerz juni juli oktober dezember`,
  nl: `de het een en of maar want dat die dit deze wat wie waar wanneer hoe van met voor naar bij uit over onder
    tussen door zonder tegen om is zijn was waren ben bent heeft heb hebben had hadden wordt worden werd kan kunnen
    moet moeten wil willen zal zullen ik jij je hij zij ze wij we jullie mij mijn jouw zijn haar ons onze hun hier
    daar heel veel niet geen niets ook nog al altijd nooit alles iets nu dan vandaag gisteren morgen alleen ja nee
    toch wel er
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei juni juli augustus oktober`,
  pl: `i a ale lub albo czy że to ten ta te tego tej tym jest są był była było byli jestem jesteś jesteśmy mam ma
    mamy miał miała mają w we z ze na do od po przez dla bez pod nad przed przy o u ja ty on ona ono my wy oni one
    mnie mi cię go jej nas was ich mój moja moje twój twoja jego swój tak nie już jeszcze tylko bardzo też także
    tu tam teraz potem zawsze nigdy wszystko coś nic kiedy gdzie jak dlaczego bo więc się sobie dzisiaj wczoraj
    jutro może
    poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń luty marzec kwiecień maj czerwiec lipiec
    sierpień wrzesień październik listopad grudzień`,
  tr: `ve veya ama fakat çünkü ki da de bu şu o bir ben sen biz siz onlar beni seni onu bizi benim senin onun
    bizim sizin için ile gibi kadar sonra önce şimdi burada orada çok daha az hiç her hep bazen ne neden nasıl
    nerede kim var yok değil evet hayır mı mi mu mü oldu olur olarak değil dedi diyor geldi gitti yaptı ediyor
    bugün dün yarın şey ise ya
    pazartesi salı sali çarşamba carsamba perşembe persembe cuma cumartesi pazar ocak şubat mart nisan mayıs haziran
    temmuz ağustos eylül ekim kasım aralık
    babam annem kardeşim ablam abim eşim oğlum kızım torunum komşum öğretmenim dedem ninem teyzem amcam bazen yeni eski güzel
    sağ rica selam ederim teşekkür hoşça`,
  id: `dan atau tapi tetapi karena yang ini itu di ke dari dengan untuk pada dalam oleh tentang sampai sejak
    adalah ada tidak bukan belum sudah akan sedang masih bisa mau harus saya aku kamu anda dia ia kami kita mereka
    nya mu ku juga sangat lebih sekali lagi saja hanya sekarang nanti tadi kemarin besok hari ini sini situ sana
    apa siapa kapan mana bagaimana kenapa mengapa kalau jika jadi lalu terus ya tak gak nggak enggak sama punya
    bilang kata banyak semua
    senin selasa rabu kamis jumat sabtu minggu januari februari maret mei juni juli agustus oktober desember
    istri suami anak rumah setuju kasihan wah rindu bawa ajak umur tinggal kerja mahal murah bareng masak bilang`,
  tl: `ang ng mga sa si ni kay na at o pero kasi dahil kung kapag para ay ako ikaw ka siya kami tayo kayo sila
    ko mo niya namin natin ninyo nila akin iyo kanya amin atin inyo kanila ito iyan iyon dito diyan doon ngayon
    kanina bukas kahapon hindi oo opo wala walang may mayroon meron yung yun yan dati rin din lang lamang naman
    pa pala talaga sobra masyado ba po ho daw raw nga muna sabi gusto ayaw alam
    lunes martes miyerkules huwebes biyernes sabado linggo enero pebrero marso abril mayo hunyo hulyo agosto
    setyembre oktubre nobyembre disyembre
    nung noong hanggang minsan kasama lahat tapos kaya sige yung
    paki pakisabi`,
  sw: `na wa ya za la cha vya kwa ni si katika kama lakini au ila kwamba hii hiyo huyo hao yule wale hapa pale
    huko sasa leo jana kesho bado tu pia sana kabisa mimi wewe yeye sisi ninyi wao wangu wako wake wetu wenu wao
    yangu yako yake yetu yenu yao kuna hakuna ndiyo hapana nini nani wapi lini vipi kwa nini kila zote wote
    wengi kidogo baada kabla wakati
    jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili januari februari machi aprili mei juni julai agosti
    septemba oktoba novemba desemba
    zamani wavuvi bahari samaki sasa kitu watu mtu nyumba kazi shule mama baba mwalimu
    mpaka hadi tena pamoja sina huna hatuna hamna hawana mna siwezi sijui sawa asante
    karibu pole habari nzuri mshahara mweka hazina katibu mwenyekiti`,
  vi: `và của là có không được cho với này đó thì mà nhưng vì nên khi đã đang sẽ rồi cũng lắm rất nữa tôi mình
    chúng họ ở trong ngoài trên dưới làm năm nay bây giờ đi về lại bị người nhiều ít gì sao nào đâu ai bao tiền
    nhà vợ chồng con mẹ má dạ vâng ừ ạ nhé nha thôi đau lưng chủ tiệm ảnh chỉ tiếng học lớp buổi tối sáng chiều
    hôm ngày tháng tuần quê qua muốn biết nói hỏi trả bảo hiểm việc cái còn mới cả hết vậy đây kia được rồi`,
  cy: `roedd roedden roeddwn oedd oeddwn mae maen mae'n ti'n ni'n chi'n dw dwi rwy rydw yn ac ei eu ein eich fy dy
    yr ar gan heb dros trwy wrth hyd oes gwybod dal fod bod onest dysgu siarad gilydd byw fe fo nhw chi ti ond neu
    os pan lle pwy beth sut pam dim ddim iawn gyda efo hefyd nawr rŵan wedi cael gweld mynd dod gwneud`,
  no: `og på til med er var har hadde det den jeg du han hun vi dere dem seg som av om ikke men så når hva hvem hvor
    hvordan hvorfor kan skal vil må bare også nå her der etter fra mot uten mellom startet stoppet transkripsjonen
    transkripsjon opptaksvarighet fokusgruppe møte takk hei ja nei`,
  ro: `și sau dar că ce cine care de la în cu pe pentru din prin fără despre este sunt era au am ai avea fost
    eu tu el ea noi voi ei ele mă te se îl îi ne vă meu mea mei tău ta său sa nostru acest această aici acolo
    foarte mai nu da deja încă acum azi ieri mâine tot toți nimic ceva când unde cum
    luni marți marti miercuri joi vineri sâmbătă duminică ianuarie februarie martie aprilie mai iunie iulie august
    septembrie octombrie noiembrie decembrie`,
};

/** Frequent English words, never counted for another language (`a`, `no`, `me`, `was`, `in` are words in both). */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(words(`
  the a an and or but nor of to in on at for with from by as into onto about over under after before than then
  is are was were be been being am do does did done have has had having will would shall should can could may
  might must i you he she it we they me him her us them my your his its our their mine yours this that these those
  there here what who whom which when where why how not no yes so if just all some any one two up out like
  because very too also now more most only own same such other each both few much many own again once off
  well even still back get got go going went come came say said know think see make made want really right
  i'm it's don't that's there's he's she's we're they're i've you're can't didn't isn't wasn't
`));

/**
 * Frequent English words that are as frequent in Portuguese, Spanish or Italian (`a`, `do`, `no`, `me`): they count
 * for neither. Other words both lists have (`is`, `was`, `in`, `we`, `come`) say English far more often.
 */
export const AMBIGUOUS_WORDS: ReadonlySet<string> = new Set(['a', 'do', 'no', 'me']);

/** The languages each listed word belongs to, except words that are frequent English words. */
const LANGUAGES_BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const byWord = new Map<string, string[]>();
  for (const [language, list] of Object.entries(BY_LANGUAGE)) {
    for (const word of words(list)) {
      if (ENGLISH_FUNCTION_WORDS.has(word)) continue;
      const languages = byWord.get(word) ?? [];
      if (!languages.includes(language)) languages.push(language);
      byWord.set(word, languages);
    }
  }
  return byWord;
})();

/** Every listed word of another language, except those that are frequent English words. */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(LANGUAGES_BY_WORD.keys());

/** The languages (`es`, `pt`, `fr`, `it`, `de`, `nl`, `pl`, `tr`, `id`, `tl`, `sw`, `ro`, `vi`, `cy`, `no`) a listed word belongs to. */
export const languagesOfWord = (lowerWord: string): readonly string[] | undefined => LANGUAGES_BY_WORD.get(lowerWord);

/**
 * Tens and teens of Spanish, Portuguese, Italian and French (`Sessenta e três`, `Catorce`): a number word opening a
 * sentence is more often an age or a count than grammar, so it is left to the age and number rules, flagged.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(words(`
  once doce trece catorce quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte treinta cuarenta
  cincuenta sesenta setenta ochenta noventa cien
  onze doze treze catorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta
  quarenta cinquenta sessenta setenta oitenta noventa cem
  undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti trenta quaranta
  cinquanta sessanta settanta ottanta novanta cento
  quatorze seize dix-sept dix-huit dix-neuf vingt trente quarante cinquante soixante soixante-dix quatre-vingt
  quatre-vingts quatre-vingt-dix septante huitante octante nonante
`));
