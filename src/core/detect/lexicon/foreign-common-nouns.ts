/**
 * The commonest nouns, question words and numbers of the languages most often mixed into English-language
 * transcripts, and the topics researchers code in them (`Saúde`, `Igreja`, `Trabaho`, `Pamilya`, `Quem`, `Três`):
 * capitalised at a sentence start, in a heading or a code label they look like names to a detector that only knows
 * English. From general knowledge of each language's frequency lists and everyday vocabulary, never from a corpus;
 * accents as written, and the unaccented spelling where transcribers drop them. Words that are also given names or
 * surnames (`Rosa`, `Luz`, `Paz`, `Cruz`, `Flor`, `Lima`) are left out, as are the honorifics before names (`Bà`,
 * `Cô`, `Pani`): a name must still be found where it stands.
 */
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word.length > 0);

export const FOREIGN_COMMON_WORDS: readonly string[] = words(`
  saúde saude igreja idioma idiomas barreira barreiras medo documento documentos acidente acidentes comunidade
  escola médico medica médica remédio remedio remédios dinheiro aluguel patrão patrao patroa chefe emprego serviço
  servico limpeza obra cidade bairro país pais filhos netos neto neta vizinho vizinha amigo amiga culto missa polícia
  policia imigração imigracao advogado juiz cartão cartao seguro consulta exame dor doença doenca cansaço cansaco
  choro risos raiva tristeza alegria vergonha ajuda apoio rede redes migração migracao migratório corpo trabalhos
  quem qual quais quanto quantos quantas porquê cadê ninguém ninguem nenhum nenhuma alguém
  dois três tres quatro cinco seis sete oito nove dez onze doze vinte trinta cem
  salud iglesia barreras miedo papeles accidente comunidad escuela medicina dinero renta patrón patron jefe jefa
  empleo ciudad barrio pueblo hijos nietos esposo vecino vecina amigos misa migra inmigración inmigracion abogado
  juez tarjeta cita dolor enfermedad cansancio llanto risas rabia alegría vergüenza verguenza ayuda apoyo
  quién quien quiénes cuál cuáles cuánto cuántos nadie ninguno ninguna alguien
  dos cuatro cinco siete ocho nueve diez once doce veinte treinta cien
  trabaho pamilya kalusugan simbahan bahay pera sweldo amo kapatid asawa bata matanda kaibigan kapitbahay gamot sakit
  ospital eskwela paaralan pagod takot hiya saya lungkot tulong bayan probinsya buhay umaga hapon gabi
  sino saan kailan paano bakit ilan alin magkano isa dalawa tatlo apat anim walo siyam sampu
  kung kapag pero kasi siguro bukas sabado linggo lunes martes miyerkules huwebes biyernes
  sănătate sanatate biserică biserica limbă muncă munca familie bani chirie școală scoala spital boală boala durere
  frică frica teamă teama rușine rusine ajutor sprijin comunitate oraș oras țară tara copii copil fiică fiica soț
  soție sotie nepoți vecin prieten poliție politie acte buletin pașaport pasaport impozit hernie spate operație
  operatie doamne haide hai mâine maine mulțumesc multumesc mersi bună buna bine cine unde câți cati
  trei patru cinci șase sase șapte sapte nouă noua zece
  gyere gyerünk gyerunk menjünk igen köszönöm koszonom szia szervusz miért hol mikor
  мамо тату бабусю дідусю доню синку сонечко зараз дякую добре привіт ходи їсти так ні спасибо пожалуйста хорошо
  сейчас иди мамочка
  tatu babusyu didusyu donyu synku zaraz dyakuyu dobre pryvit khody spasybi spasibo pozhaluista khorosho
  tôi toi không khong vâng dạ cảm được rồi đâu nào thôi quên tiền thuốc bệnh viện
  zdrowie kościół kosciol praca rodzina pieniądze pieniadze szkoła szkola szpital lekarz choroba strach wstyd pomoc
  dzieci córka corka sąsiad sasiad przyjaciel policja dokumenty dlaczego trzy cztery pięć piec sześć szesc siedem
  osiem dziewięć dziewiec dziesięć dziesiec
  au aux du un une est était étais étaient été sont suis sommes êtes serait avait avais avaient fait
  faisait faire peut peux pouvait veux voulait dit disait dire va vais allait aller vient venait sais savait être
  avoir peur salle détail detail durée duree langue langues champ lieu entretien infirmière infirmiere soins domicile
  début debut mois année annee jour jours semaine soir matin nuit heure heures temps gens monde famille enfants
  enfant travail équipe equipe patients malade maladie médecin medecin vie mort ville fois
  chose choses personne quelqu'un autre autres même meme comme aussi plus moins sauf selon pendant depuis avant
  sous sur vers contre entre parce puis ensuite aujourd'hui hier demain argent loyer travailleuse travailleur
  résidents residents résidentes malades vaccin masque masques virus peine besoin santé sante
  quartier voisin voisine amie copain copine patron patronne chef cheffe accueil aide soutien
  deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante cinquante soixante cent mille
`);
