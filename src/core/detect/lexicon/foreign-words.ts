import { FIRST_NAMES, LAST_NAMES, PERSON_WORDS } from './compromise-lexicon';
import { isCommonWord } from './english-words';
import { FOREIGN_COMMON_WORDS } from './foreign-common-nouns';
import { GIVEN_NAMES_TEXT } from './given-names';

/**
 * Everyday words of the other languages heard in English-language transcripts: function words, interjections,
 * greetings, thanks and courtesy words, and kinship words used to address someone (`Sí, claro`, `Pues`, `Híjole`,
 * `Dziękuję`, `Ja`, `Naw`, `Ay, your Lolo`, `Mami, the trays`). Capitalised at a sentence start or alone they look
 * like names to a detector that only knows English. Written from general knowledge of each language, never from a
 * corpus. Lower-case, accents as written; the unaccented spelling is listed too where transcribers drop accents and
 * it is not an English word or a name. Particles that start surnames and place names (`de`, `la`, `van`, `te`, `san`)
 * are left out on purpose, as are nicknames (`Gordo`, `Chino`).
 */
const words = (text: string): string[] => text.split(/[\s,]+/).filter((word) => word.length > 0);

const FUNCTION_WORDS_AND_INTERJECTIONS = words(`
  sí pues bueno bien muy mucho mucha muchos muchas poco todo todos todas ya claro vale oye mire oiga
  híjole hijole órale orale ándale andale ándele ojalá ojala dios gracias adiós hola buenos buenas días tardes
  noches perdón perdon disculpe favor qué cómo cuándo dónde donde porque porqué pero también tambien entonces después
  despues ahora aquí aqui allí alli allá alla así asi eso esto ese esta aquel yo tú usted ustedes nosotros ellos
  ellas él nuestro nuestra ni sino con sin para desde hasta entre hacia según ay uy caray caramba chale mande
  vamos venga anda exacto verdad cierto seguro quizás quizas igual nunca siempre nomás nomas pos osea ósea salud
  felicidades bendiciones bendito bendita mío qué
  não nao então entao olá tchau bom boa tudo muito muita também mas quando onde agora depois sempre né pois
  nossa deus graças gracas oi ué uai eita valeu legal ótimo otimo tá está isso essa aquilo eu você voce nós eles
  elas sem pra pelo pela desculpa desculpe licença licenca obrigadão
  oui ouais merci bonjour bonsoir salut revoir bienvenue pardon excusez désolé désolée voilà voila alors donc mais
  avec sans pour chez dans très tres beaucoup peu tout tous toute toutes rien jamais toujours encore déjà ici
  maintenant après quoi pourquoi comment quand qui ça c'est je vous nous ils elles bah bof hein euh ouf zut mince
  merde allez allons bref enfin d'accord bisous bises chéri chérie dieu mon ma mes ton ta tes notre votre leur
  grazie prego ciao buongiorno buonasera buonanotte arrivederci allora dunque però perché perche dove cosa niente
  tutto tutti molto bene brava basta dai magari boh mah ecco certo davvero ancora già qui qua adesso poi
  dopo scusa scusi permesso dio io noi voi loro senza anche chi vabbè vabbe insomma comunque infatti
  appunto beh uffa evviva auguri
  ja nein jawohl doch genau naja ach mensch danke bitte tschüss tschuss hallo servus moin grüß gruss guten morgen
  gute nacht abend wiedersehen entschuldigung und oder aber denn weil dass wenn wann wo wie warum wer ich er
  sie wir ihr mein meine dein unser nicht nichts kein keine sehr schon noch auch mal jetzt hier dort immer
  heute gestern gut prima toll stimmt klar natürlich naturlich vielleicht eigentlich gott scheiße scheisse mist
  wunderbar herzlich willkommen prost gesundheit liebling schatz
  nee jawel hoor nou toch dus maar want hè hé dankjewel dankje bedankt alsjeblieft alstublieft doei hoi
  goedemorgen goedemiddag goedenavond welterusten ziens natuurlijk precies gezellig jammer ik jij hij zij wij jullie
  niet niks heel echt ook altijd nooit daar vandaag godverdomme jeetje tjonge hoezo waarom wat waar wanneer
  baie asseblief môre totsiens ag sies jinne jislaaik yoh haibo hayi boet boetie sussie
  tak dobrze dobra dzień dzien dobry dobranoc cześć czesc hej siema dziękuję dziekuje dzięki dzieki proszę
  prosze przepraszam widzenia zdrowie smacznego wszystko najlepszego jak czy kiedy gdzie dlaczego dlatego ale
  oraz albo lub więc wiec ten tu tam teraz potem zawsze nigdy już juz jeszcze bardzo trochę troche dużo duzo mało
  naprawdę naprawde oczywiście oczywiscie właśnie wlasnie chyba może moze jasne kurczę kurcze kurwa cholera matko
  kochanie synu córko wy oni mój moja
  nu bine foarte mulțumesc multumesc mersi mulțam rog bună buna ziua salut revedere noroc sănătate sanatate
  doamne dumnezeu și că sau deci acum aici acolo mereu niciodată niciodata păi hai haide gata încă chiar adică
  adica așa cine unde când cum ea ei ele vai măi bre frate
  po opo oo hindi salamat maraming walang anuman kumusta kamusta ingat paalam sige talaga naman kasi tapos ano
  bakit saan sino kailan paano iyan iyon dito diyan doon ngayon kanina bukas kahapon lagi palagi naku
  nako aba grabe sayang siguro baka wala mayroon marami konti kaunti din daw raw ba mga
  ako ikaw ka siya kami tayo kayo sila akin atin natin namin niya ninyo mahal susmaryosep
  susmariosep bahala halika pasensya pasensiya patawad hoy diba sabi matanda bata undas opo oho
  hala kaya misis marino bago ginawa nakalagay pinadala kamukha pasalubong diyos tatlong akala sana pwede
  puwede kailangan
  iya tidak nggak enggak gak bukan sudah udah belum terima terimakasih makasih kasih selamat pagi siang sore malam
  kabar baik maaf permisi tolong silakan yuk aduh astaga lah kok sih dong deh kan nah tuh nih saja aja juga
  tapi atau karena kalau kalo jadi terus lalu sekarang nanti tadi besok kemarin sini situ saya aku kamu anda
  dia kita mereka waduh lho loh boleh betul benar bagus banyak sedikit sangat sekali lagi
  sacco saccos harambee matatu matatus makanga boda bodaboda
  ndiyo ndio hapana mambo poa sawa hakuna matata pole polepole nzuri mzuri kwaheri tafadhali samahani
  mungu wangu shikamoo marahaba basi lakini kwa kesho hapa pale huko nini nani wapi lini wewe
  ninyi wao aisee kabisa kweli hodi
  beeni bẹ́ẹ̀ni rara ese ekaro ekaaro ekasan ekaasan ekale ekaale pẹ̀lẹ́ odabo kabiyesi haba ehen sha
  shey sef oya wahala jare abeg ehn olorun oluwa jesu wetin wey sabi chai
  mba daalu dalu nnoo kedu ndewo biko chineke nne nna nnem nnam nwanne ewo
  nagode gode sannu yauwa
  haan haanji nahi nahin accha acha achha theek thik hain chalo arre arey yaar yar shukriya dhanyavaad dhanyavad
  alvida kya kyun kyu kaise kaisa kaisi kahan kab kaun kuch sabko bahut bohot thoda zyada phir fir lekin magar
  aur toh bhi haina bilkul zaroor shayad matlab yaani waise vaise waheguru oye haye shabash balle jaldi mera
  tera hamara humara apna hum aap tum woh yeh khudahafiz
  shukran afwan ahlan marhaba yalla wallah wallahi inshallah mashallah alhamdulillah subhanallah bismillah
  astaghfirullah astagfirullah khalas yani tayeb tayyib tamam aywa aiwa naam tfaddal itfaddal mabrook mabruk
  evet hayır hayir teşekkürler tesekkurler sağol sagol merhaba günaydın gunaydin çok cok haydi şey işte
  valla vallahi eyvah
  āe ae kāo kao kāore kaore arohanui whānau whanau koha kaumātua kaumatua tamariki mātua pēpi
  pepi wahine tangata whenua wairua tikanga kaupapa karakia waiata haka hāngī hangi kōrero korero puku
  rawe aue auē pēhea pehea tumeke koe
  faamolemole fa'amolemole manuia tofa soifua ioe leai lava lotu fa'asamoa faasamoa
  ikai ʻikai tulou
  dhuit duit conas raibh maith agat míle slán slan abhaile chara stór stor grá gra ceart leor níl sea amadán
  amadan focal
  ciamar tha math tapadh leat leibh mòran taing halò madainn feasgar oidhche beannachd seadh eil fàilte
  failte ghaoil eudail charaid gràdh gradh
  shwmae sut wyt prynhawn noswaith dda nos ie nage naddo iawn gwrs cwtch hiraeth mawredd ych twp
  naw aw awright righto cheerio ta-ra och ach nae gaun gonnae dinnae cannae wouldnae couldnae shouldnae didnae
  isnae wasnae havnae willnae disnae wis wiz huv yer braw dreich scunnered fitba heid hame hoose oot aboot noo whit
  jings crivvens
  dạ vâng không có rồi ơi nhé ạ ừ được thôi trời ôi vậy thế nhưng với cũng rất lắm quá chào cảm cám ơn khong duoc
  aiya aiyah aiyo aiyoh haiya walao walau alamak mafan mgoi annyeonghaseyo gamsahamnida komawo gomawo aniyo aigoo aigo omo
  arigatou arigatō ohayo ohayou sumimasen gomen gomennasai iie yoroshiku itadakimasu otsukaresama sayonara sayōnara
  sawasdee sawatdee sawadee krub khrap sabai aroi mingalaba dhanyabad hajur hoina nomoskar dhonnobad
  kothay apni vanakkam nandri illai namaskaram dhanyavadalu avunu ledu
  haa waan mahadsanid nabad waryaa ameseginalehu amesegnalehu aydelem tenastilign mamnoon mamnun chashm cheshm khodahafez
  baleh manana supas spas
  efharisto efcharisto parakalo ochi oxi yiasou yassou nyet horosho khorosho ladno davai poka bozhe blin dyakuyu
  hvala molim zdravo ajde hajde bogami faleminderit tungjatjeta përshëndetje köszönöm koszonom igen szia
  sziasztok ahoj děkuji dekuji dakujem áno dobře kiitos moikka kyllä tack takk skål
  beseder sababa bonjou bonswa mèsi mesi kijan wagwan irie likkle moce kerekere ʻohana ohana keiki kupuna
  unjani ngiyaphila kunjalo kealeboga mhoro mhoroi makadii ndatenda
  akwaaba medaase mepaakyɛw mepaakyew ayekoo ayeeko aane daabi ampa awurade onyame nyame chaley ojekoo
  akpe woezor woezɔ buorre bures giitu eatnat juo
  es está estaba estamos estoy somos soy eran fue fueron era tengo tiene tenemos tenía había hace hizo voy vas
  fui dice dijo digo sé sabes sabe quiero quería puedo puede creo pienso necesito trabajaba vivíamos
  foi tinha estou vou sei quero pode gosto estava
  est était suis avait vais fait faut sais veux peux
  è sono abbiamo vado voglio posso
  ist bin habe hab hat gibt geht weiß weiss kann muss komm mach sag
  heb weet moet zeg jest był była wiem chcę mogę trzeba idę
  kumain pumunta alam gusto ayaw kailangan puwede pwede dapat bawal naging nagtrabaho umuwi
  à bientôt bientot
  namaste namaskar mero meri hamro timro tapai tapaai tapaain unko uhaa uha uhaan tyo yo yaha yahaan tyaha tyahaan
  malai hamilai timilai uslai dherai thorai ekdam ramro naraamro naam chha chhaina chaina thiyo thiye bhayo bhayeko
  bhayera bhaneko bhanchha huncha hunchha hunuhunthyo garo gareko garchha garchhe garna garnu garda sabai tara ani
  pani sanga kura kaam aayo aaudaina gayo baschha baschhin sahar gaun barsa bela saal janma bhasha aspatal chhimeki
  aaitabar sombar mangalbar budhabar bihibar sukrabar shanibar sanibar ajhai eklai aadha matra herna euta keti
  nyob zoo kuv koj peb nws lawv muaj xyoo tau ntej thiab tsis yog mus tuaj hais txog thaum ntawm ntawd thov txim
  ua tsaug ntau heev tiag
  allinllachu allinmi allillanmi imaynalla imaynallam añay anay sulpayki urpillay arí manam kayqa kunan paqarin
  haku hakuchu tupananchiskama ñuqa ñoqa sumaq sumaqmi
`);

/**
 * Everyday nouns, adjectives and set phrases of the languages people write titles, signs and asides in (Welsh, Irish,
 * German, Slovak and Czech, Samoan and Tongan, Spanish): capitalised in a title or at a line start they are no names
 * (`Cofio'r Capel`, `Getrennte Familien`, `Ďakujem`, `Faʻafetai`). Place-name elements (`baile`, `llan`, `pueblo`, `nuevo`, `mercado`) are left out.
 */
const EVERYDAY_WORDS_OF_TITLES_AND_ASIDES = words(`
  cymraeg cyngor capel eglwys cofio cofio'r bore da nos croeso hwyl mawr fawr iechyd annwyl heddiw yfory ddoe
  gwaith teulu pentref tref diolch yn fawr dydd bendigedig hyfryd ardderchog
  teanga gaeilge gaeltacht agus tá bhí mé tú muid sibh siad mhaith fáilte failte céad cead míle mile ceol craic
  seanchas scéal scéalta oíche maidin tráthnóna cailín buachaill leanbh páiste teach obair bhaile
  getrennte familie familien heim heimat leben und wir schaffen das genau natürlich naturlich bitte danke tschüss
  tschüs tschuss willkommen kinder kind mutter vater bruder schwester arbeit wohnung aufenthalt asyl deutsch
  integrationskurs sprachkurs teil eins zwei drei
  ďakujem prosím prosim dobrý dobry deň dovidenia dovi nie rodina deti otec obec mesto osada starosta úrad
  děkuju prosím dobrý den ano
  faʻafetai fa'afetai faafetai alofa talofa manuia soifua faʻamolemole ʻaiga aiga fono matai fale tautua
  faʻaaloalo faaaloalo mālō malo ʻofa ofa ʻio ʻikai ikai ʻae fakamolemole
`);

/**
 * Greetings, thanks, function words and everyday nouns of more languages heard in code-switched turns and asides:
 * Welsh (`bach`, `Gymraeg`), Shona (`Mangwanani`), Haitian Kreyòl (`Bondye`, `Bòn nwit`), Inuktitut (`Qujannamiik`),
 * Kurmanji (`Spas`, `Dapîr`), Polish, te reo Māori (`Hui`, `Karakia`), Twi (`Akwaaba`, `Medaase`), North Sámi
 * (`Giitu`), romanised Korean (`Annyeonghaseyo`) and Swedish. From general knowledge of each language's commonest
 * words; Welsh words are listed with their mutated forms too (`Cymraeg` → `Gymraeg`, `Nghymraeg`).
 */
const MORE_LANGUAGES_WORDS = words(`
  bach fach iawn ie nage dim ond hefyd nawr rwan heddi heno cariad plis sori tad mam-gu dadi ddim oes dwi dw rwy
  mae sy sut shwmae wedi gyda hwn hon hwnna honna pwy beth ble pryd pam achos felly wel
  mangwanani masikati manheru mhoro makadii ndatenda zvakanaka hongu aiwa ndiri mwari mazvita maswera
  bonswa bonjou mèsi mesi anpil bondye bòn bon nwit kijan mwen nou kounye lakay zanmi wè chè cheri bèl
  qujannamiik qujanaq nakurmiik ullaakkut unnusakkut anaanatsiaq ataatatsiaq anaana ataata ilaali atii taima
  spas dapîr dapir bapîr bapir xêr xer hatî hati erê baş bas çawa cawa roj şev sev heval xwişk xwisk dayik bav
  wieczny odpoczynek spoczywaj pokoju dzięki dzieki cześć czesc proszę prosze tak dziękuję dziękujemy dziekuje dziekujemy
  karakia mihi kai hāngī hangi rangatahi kaumātua kaumatua wharekai wharenui haka waiata tangi tangihanga
  koha kaupapa tikanga whakapapa mahi whānau whanau pōwhiri powhiri kapa
  akwaaba medaase ayekoo maakye maaha maadwo agoo amee nyame onyame
  buorre beaivi iđit idit giitu bures boazu lavvu juoigan
  annyeonghaseyo annyeonghasimnikka gamsahamnida kamsahamnida gomawo gomapseumnida aniyo aigoo aigo daebak
  hwaiting mianhae saranghae jeongmal
  hej hejdå hejda tack nej fika lagom välkommen valkommen snälla snalla ursäkta ursakta forskare
  allillanchu allillanchun sulpayki añay anay urpillay raymi pachamama
  cuaderno campo diario notas apuntes
  chào chao mọi người nguoi chúc chuc mừng mung năm nam mới moi
`);

/** Welsh soft, nasal and aspirate mutations of a word's first letters, so `Gymraeg` and `fach` are known words. */
function welshMutations(word: string): string[] {
  const forms: string[] = [];
  const rules: [string, string[]][] = [
    ['c', ['g', 'ngh', 'ch']], ['p', ['b', 'mh', 'ph']], ['t', ['d', 'nh', 'th']], ['g', ['', 'ng']], ['b', ['f', 'm']],
    ['d', ['dd', 'n']], ['m', ['f']], ['ll', ['l']], ['rh', ['r']],
  ];
  for (const [from, tos] of rules) {
    if (!word.startsWith(from)) continue;
    for (const to of tos) forms.push(to + word.slice(from.length));
    break;
  }
  return forms.filter((form) => form.length > 2);
}
const WELSH_MUTATED = words(`cymraeg cyngor capel eglwys cofio teulu pentref tref gwaith croeso diolch bendigedig hyfryd`).flatMap(welshMutations);

/**
 * Spanish nouns of titles and asides that are also nicknames (`Mamá Lucha`, `la Roja`): ordinary words, so a name
 * only where a cue says so (`my aunt Lucha`), never spread to `lucha, lucha` in lower case.
 */
// Welsh `bach`/`fach` (little) follow a name as an endearment (`Huw Bach`, `Gethin bach`) and stay the word alone.
const WORDS_THAT_ARE_ALSO_NICKNAMES = words(`
  memoria memorias historia historias lucha luchas vida trabajo mujeres hombres familia familias recuerdos voces
  testimonio testimonios roja rojo comunidad sindicato campesinos campesina
  bach fach
`);

/**
 * Dishes, garments and religious practices people name in their own language (`Lumpia`, `Jollof`, `Iftar`, `Hijab`):
 * things, never people, capitalised or not. Festivals are left out: `the first day of Tết` dates a story.
 */
const FOODS_CLOTHES_AND_OBSERVANCES = words(`
  jollof egusi fufu banku kenkey suya moi-moi akara puff-puff chin-chin injera teff berbere ugali sukuma nyama
  pap boerewors bobotie biltong bunny-chow samosa samosas pakora pakoras biryani biriyani dal daal dhal chapati
  chapatis roti rotis paratha parathas naan dosa idli sambar rasam paneer ghee lassi chaat jalebi gulab
  ladoo laddoo halwa kheer masala tandoori tikka korma vindaloo pho bánh mì banh bún bun-cha gỏi nem chả
  lumpia pancit adobo sinigang lechon kare-kare halo-halo balut longganisa tocino ensaymada bibingka puto
  kimchi bibimbap bulgogi tteokbokki kimbap gimbap japchae ramen udon sushi sashimi onigiri bento miso tempura
  dumplings jiaozi baozi dim sum congee jook char wonton laksa rendang nasi lemak satay sambal
  tamales tamal pupusas pupusa tortillas tortilla enchiladas pozole menudo mole elote chilaquiles arepas arepa
  empanadas empanada feijoada pão de queijo brigadeiro churrasco ceviche
  haggis neeps tatties bannock cawl brith barmbrack colcannon boxty coddle crumpets
  hāngī hangi rewena paua palusami pulu sapasui povi masima umu lovo kava
  falafel hummus shawarma kebab kebabs baklava tabbouleh fattoush mansaf maqluba kibbeh dolma dolmades
  moussaka spanakopita tzatziki souvlaki pierogi pierogis gołąbki bigos kielbasa borscht pelmeni blini
  hijab hijabs niqab abaya jilbab burqa chador dupatta salwar kameez shalwar kurta lehenga saree dhoti
  turban dastar thobe dishdasha kufi taqiyah kente dashiki agbada gele barong terno ie lavalava puletasi
  namaz jummah jumu'ah wudu iftar suhoor sehri hajj umrah zakat
`);

/**
 * Kinship and endearment words used to address someone or alone (`Lola`, `Tita`, `Mami`, `Abuela`, `Baba`): no
 * name by themselves (the guidelines' `Mum`), though before a name they are part of how someone is named
 * (`Tito Dodong`).
 */
const KINSHIP_WORDS = words(`
  mami papi mamá papá amá apá abuela abuelo abuelita abuelito tía tío tia tio prima primo hermano hermana
  hermanito hermanita hijo hija mija mijo m'ija mijita mijito comadre compadre comay compay madrina padrino suegra
  suegro cuñado cuñada nieta bisabuela bisabuelo
  vovó vovô vó vô avó avô mãe mãezinha filho filha irmão irmã querida querido
  maman mémé papy tonton grand-mère grand-père
  nonna nonno zio mamma babbo figlio figlia cugino cugina tesoro amore
  oma opa mutti vati tante onkel oom tannie ouma oupa
  babcia dziadek babciu dziadku ciocia wujek wujku ciociu mamo tato
  bunica bunicul bunicu mătușa matusa unchiul
  ama amah akong agong a-ma
  lola lolo nanay tatay inay itay ate kuya tita tito tiya tiyo manang manong ading inang amang ninang ninong kumare
  kumpare anak apo bunso
  nenek kakek eyang abang kakak adik
  bibi dada kaka shangazi mjomba
  gogo ugogo mkhulu umkhulu makhulu malume mamncane babomncane
  achan achen ammachi appachan ammamma achachan
  iya iyawo egbon aburo
  didi dadi nani chacha chachi mausi masi khala khalu ammi ammijan abbu abbaji phupho phuppo beta beti
  akhi ukhti ammo khalto khalo teta jiddo jido sitti sido yumma yamma
  abla anneanne babaanne teyze amca dayı dede
  whaea kuia koro matua mokopuna moko
  tinā tamā uso tuafafine tuagane
  mamó maimeo daideó mamai daidí
  seanmhair seanair granaidh mamaidh dadaidh
  mam-gu mamgu tad-cu tadcu nain taid bampi bopa anti wncwl cariad
  chị em cô chú bác ông bà cháu mẹ bố má dì cậu mợ thím nội ngoại
  omma eomma appa oppa unni eonni hyung noona nuna halmeoni harabeoji samchon ajumma ajeossi ajusshi
  obaachan ojiichan okaasan otousan oneesan oniisan obasan ojisan baachan jiichan senpai
  bahini aama buwa hajurama hajurba bhaiya amma akka thambi thangachi paati thatha periyamma chithi
  hooyo aabo abti eedo habaryar awoowe ayeeyo walaal emaye abaye khaleh ammeh amoo mamanbozorg babajoon azizam
  pappou papou theia theio koumbara koumbaros dedushka tyotya dyadya babusya baka deda djed čika striko ujak tetka
  gjyshe gjysh nënë teze daja xhaxha nagymama nagypapa néni bácsi babička dědeček strejda mummo mummi vaari
  äiti isä farmor mormor farfar morfar pappa savta manman matant grann bubu tinana tamana
  bhuti malume makhulu ntate ausi abuti ambuya sekuru amai babamukuru maiguru
  maame agya wofa opanyin áhkku áddjá eadni áhčči
`);

/** The given names of every locale of the name lists (given-names.ts), built once for every module that asks. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(GIVEN_NAMES_TEXT.split(/\s+/).filter(Boolean));
const isAName = (word: string): boolean => FIRST_NAMES.has(word) || LAST_NAMES.has(word) || PERSON_WORDS.has(word) || GIVEN_NAMES.has(word);

/**
 * Function words, interjections and greetings of other languages that are no one's name: never a person alone, even
 * after a cue. A word that is also a given name or surname somewhere (`Ay`, `Weiss`) is left out, so it is still
 * found as a name where a cue says so; kinship words are left out too, as they may be a nickname (`we call her Tita`).
 */
export const FOREIGN_NEVER_NAMES: ReadonlySet<string> = new Set(
  [...FUNCTION_WORDS_AND_INTERJECTIONS, ...EVERYDAY_WORDS_OF_TITLES_AND_ASIDES, ...FOODS_CLOTHES_AND_OBSERVANCES, ...MORE_LANGUAGES_WORDS, ...WELSH_MUTATED]
    .filter((word) => !isAName(word)),
);

/**
 * All the everyday words, as ordinary words: a name only where a cue or a surname says so. Kinship words are in even
 * when they are given names (`Lola`, `Tia`); other words that are common given names or surnames in English-speaking
 * countries (`Weiss`) are not, so they are still found as names wherever they stand.
 */
const isCommonName = (word: string): boolean => FIRST_NAMES.has(word) || LAST_NAMES.has(word) || PERSON_WORDS.has(word);
const ALL_FOREIGN_WORDS: ReadonlySet<string> = new Set([
  ...[...FUNCTION_WORDS_AND_INTERJECTIONS, ...EVERYDAY_WORDS_OF_TITLES_AND_ASIDES, ...FOODS_CLOTHES_AND_OBSERVANCES, ...MORE_LANGUAGES_WORDS, ...WELSH_MUTATED]
    .filter((word) => !isCommonName(word)),
  // The commonest nouns, question words and numbers of the main languages (`Saúde`, `Quem`, `Três`): ordinary words
  // of their language, a name only where a cue says so; any that is someone's name somewhere is left out.
  ...FOREIGN_COMMON_WORDS.filter((word) => !isAName(word)),
  ...KINSHIP_WORDS,
  ...WORDS_THAT_ARE_ALSO_NICKNAMES,
]);

/**
 * True for an everyday word of another language (`pues`, `dziękuję`, `lola`), given names among them: like an
 * ordinary English word it is a name only where a cue or a surname says so (`my Lola`, `Lola Reyes`, `Lola said`).
 */
const POSSESSIVE_S = /['’]s$/;

const FRENCH_ELISION = /^(?:c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu)['’](\p{L}{2,})$/u;

export function isEverydayForeignWord(lowerWord: string): boolean {
  if (ALL_FOREIGN_WORDS.has(lowerWord)) return true;
  // French elision (`c'était`, `l'hiver`, `qu'on`): the word after the apostrophe says what it is.
  const elided = FRENCH_ELISION.exec(lowerWord);
  if (elided) return isOrdinaryWord(elided[1]);
  // Called for every word: strip a possessive only when there may be one (`lola's`).
  return lowerWord.endsWith('s') && ALL_FOREIGN_WORDS.has(lowerWord.replace(POSSESSIVE_S, ''));
}

/** An ordinary word, English or of another language (`pues`, `chị`): a name only where a cue or a surname says so. */
export function isOrdinaryWord(lowerWord: string): boolean {
  return isCommonWord(lowerWord) || isEverydayForeignWord(lowerWord);
}
