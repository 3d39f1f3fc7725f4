import type { Candidate, DetectionContext } from './detector';
import { overlapsAny } from '../spans';
import { isGivenName } from './lower-case-entities';

/**
 * Names in scripts without capitals, found by the honorific or kin word written with them, as each language does:
 * Japanese `佐藤さん`, `鈴木先生`, `ロザンジェラさん`; Chinese `王老师`, `老陈`, `小李`, `阿芳`, a sender line
 * `陈美玲 08:05`; Korean `김 선생님`, `지은 씨`, `영희 언니`, `민수야`, a KakaoTalk sender `박정호, 오전 6:02`;
 * Arabic kunyas and titles (`أم خالد`, `الحاجة فاطمة`) and a name addressed (`يا سمر`); romanised Korean titles
 * (`Park sajangnim`). Role words before the same suffixes (`皆さん`, `看護師さん`, `우리 할머니`, `يا جماعة`) are no
 * names. Each script is looked for only where one of its characters occurs, so Latin-only text costs one test.
 */
export function scriptHonorificNames({ text, structure }: DetectionContext): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number, reason: string): void => {
    if (end <= start || overlapsAny(structure.protectedSpans, start, end) || found.some((other) => other.start < end && other.end > start)) return;
    found.push({ start, end, type: 'PERSON', confidence: 0.85, reason });
  };
  if (KANA.test(text)) japaneseNames(text, add);
  if (HAN.test(text)) chineseNames(text, add);
  if (HANGUL.test(text)) koreanNames(text, add);
  if (ARABIC.test(text)) arabicNames(text, add);
  if (GEORGIAN.test(text)) georgianNames(text, add);
  if (text.includes('nim') || text.includes('unni') || text.includes('oppa') || text.includes('noona') || text.includes('hyung')) romanisedKoreanTitles(text, add);
  return found.sort((a, b) => a.start - b.start);
}

type Add = (start: number, end: number, reason: string) => void;

const KANA = /[\u3040-\u30ff]/u;
const HAN = /\p{sc=Han}/u;
const HANGUL = /[\uac00-\ud7af]/u;
const ARABIC = /[\u0600-\u06ff]/u;
const GEORGIAN = /[\u10d0-\u10ff]/u;

// Japanese: a kanji or katakana run before さん, 様, くん, ちゃん, 先生, 氏, 殿.
const JAPANESE_HONORIFIC = /(?<![\p{sc=Han}\p{sc=Katakana}ー・])([\p{sc=Han}\p{sc=Katakana}ー・]{1,8}?)(さん|さま|様|くん|君|ちゃん|先生|せんせい|氏|殿)/gu;
/** Roles, kin and pronouns that take the same suffixes: `皆さん`, `看護師さん`, `奥さん`, `ママさん`. */
const JAPANESE_ROLES = new Set(
  `皆 看護師 看護婦 運転手 店長 社長 部長 課長 班長 係長 医者 奥 旦那 大家 警察 駅員 担当 上司 同僚 隣 近所 家族 患者 利用者 客 神 仏 王
  母 父 兄 姉 弟 妹 祖母 祖父 娘 息子 孫 叔母 叔父 伯母 伯父 赤 坊 職員 通訳 介護士 店員 牧師 神父 校長 教頭 院長 所長 会長 議長 委員長 師匠 先輩
  後輩 彼 彼女 私 僕 自分 相手 誰 何 皆様 先 お客 大工 八百屋 魚屋 花屋 本屋 管理人 事務 受付 通訳者 保育士 ママ パパ ボス スタッフ ドクター ナース
  マネージャー リーダー ヘルパー シスター ブラザー ファーザー ママ友 みな`.split(/\s+/),
);
/** A run ending in a role character (`店長`, `職員`, `通訳者`, `看護師`, `運転手`) names a role, not a person. */
const JAPANESE_ROLE_END = /[長員者師士手医客様]$/u;

function japaneseNames(text: string, add: Add): void {
  JAPANESE_HONORIFIC.lastIndex = 0;
  for (let match = JAPANESE_HONORIFIC.exec(text); match; match = JAPANESE_HONORIFIC.exec(text)) {
    const name = match[1];
    const before = text[match.index - 1] ?? '';
    // `お母さん`, `ご主人様`: a polite prefix makes a role or a kin word.
    if (before === 'お' || before === 'ご' || JAPANESE_ROLES.has(name) || JAPANESE_ROLE_END.test(name)) continue;
    add(match.index, match.index + match[0].length, 'a name before a Japanese honorific (さん, 先生)');
  }
}

// Chinese: common surnames (simplified and traditional; not those that are also everyday function words: 向, 于).
const CHINESE_SURNAMES =
  '陈陳李王张張刘劉杨楊黄黃赵趙吴吳周徐孙孫朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭董袁潘蒋蔣蔡余杜叶葉苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚陆陸汪范廖贾賈夏韦韋邹鄒孟熊秦邱尹薛闫段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴戴莫孔汤湯欧歐马馬高金';
const CHINESE_TITLES = '老师|老師|医生|醫生|阿姨|太太|先生|小姐|女士|叔叔|伯伯|奶奶|爷爷|爺爺|师傅|師傅|经理|經理|老板|老闆|大夫|教授|同学|同學|婆婆|阿婆|大姐|大哥|姐姐|哥哥';
/** `王老师`, `陈美玲老师`, `李太太`: a surname, up to two given-name characters, then a title. */
const CHINESE_SURNAME_TITLE = new RegExp(`[${CHINESE_SURNAMES}]\\p{sc=Han}{0,2}?(?:${CHINESE_TITLES})`, 'gu');
/**
 * `陳太`, `黃太`, `陳生`, `李姐`: Cantonese calls a neighbour or an employer by surname and a short title (Mrs, Mr,
 * elder sister, auntie), as a word of its own: nothing in Han script around it, as in English or Tagalog text.
 */
const CANTONESE_SURNAME_TITLE = new RegExp(`(?<!\\p{sc=Han})[${CHINESE_SURNAMES}](?:太|生|姐|嫂|婆|伯|叔|姨)(?!\\p{sc=Han})`, 'gu');
/** `老陈`, `小李`: old and little before a surname, the everyday way to call a colleague or neighbour. */
const CHINESE_OLD_LITTLE = new RegExp(`[老小][${CHINESE_SURNAMES}]`, 'gu');
/** `阿芳`, `阿明`: the Cantonese and southern `Ah` before one character of a given name. */
const CHINESE_AH = /阿(\p{sc=Han})/gu;
/** After `阿` these make kin words or transliterations: `阿姨`, `阿婆`, `阿拉伯`, `阿根廷`, `阿司匹林`. */
const NOT_AH_NAMES = new Set('姨婆公嬷嬤妈媽爸伯叔哥姐妹弟嫂拉富根尔爾里联聯布波基塞曼米斯萨薩克莫蒙门門们們司胶膠片尼'.split(''));
/** What may follow a two-character `阿` name: no Han character, or a particle or common verb. */
const AFTER_AH_NAME = /^(?:[^\p{sc=Han}]|[说說的也在和跟是去来來要会會给給带帶让讓请請问問今昨明呢吗嗎啊了都还還就我你他她有没沒不])/u;
/** A chat export's sender line: a full name (surname and one or two characters) then a time, `陈美玲 08:05`. */
const CHINESE_SENDER = new RegExp(`(?:^|\\n)[ \\t]*([${CHINESE_SURNAMES}]\\p{sc=Han}{1,2})[ \\t]+\\d{1,2}:\\d{2}`, 'gu');

function chineseNames(text: string, add: Add): void {
  CHINESE_SENDER.lastIndex = 0;
  for (let match = CHINESE_SENDER.exec(text); match; match = CHINESE_SENDER.exec(text)) {
    const start = match.index + match[0].indexOf(match[1]);
    add(start, start + match[1].length, 'a Chinese name as the sender of a chat message');
  }
  CHINESE_SURNAME_TITLE.lastIndex = 0;
  for (let match = CHINESE_SURNAME_TITLE.exec(text); match; match = CHINESE_SURNAME_TITLE.exec(text)) {
    add(match.index, match.index + match[0].length, 'a Chinese surname before a title (老师, 太太)');
  }
  CANTONESE_SURNAME_TITLE.lastIndex = 0;
  for (let match = CANTONESE_SURNAME_TITLE.exec(text); match; match = CANTONESE_SURNAME_TITLE.exec(text)) {
    add(match.index, match.index + 2, 'a Chinese surname before a short Cantonese title (太, 生)');
  }
  CHINESE_OLD_LITTLE.lastIndex = 0;
  for (let match = CHINESE_OLD_LITTLE.exec(text); match; match = CHINESE_OLD_LITTLE.exec(text)) {
    add(match.index, match.index + 2, 'a Chinese surname after 老 or 小');
  }
  if (!text.includes('阿')) return;
  CHINESE_AH.lastIndex = 0;
  for (let match = CHINESE_AH.exec(text); match; match = CHINESE_AH.exec(text)) {
    if (NOT_AH_NAMES.has(match[1]) || !AFTER_AH_NAME.test(text.slice(match.index + 2, match.index + 3) || ' ')) continue;
    add(match.index, match.index + 2, 'a name after the Cantonese 阿');
  }
}

// Korean: surnames written alone before a title (`김 선생님`), and given names before a title or kin word.
const KOREAN_SURNAMES = new Set(
  '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 모 탁 국 어 은 편 용'.split(' '),
);
const KOREAN_TITLES = '씨|님|선생님|사장님|언니|오빠|누나|형|형님|이모|삼촌|아저씨|아줌마|할머니|할아버지|선배|선배님|교수님|원장님|부장님|과장님|실장님|팀장님|대리님|사모님|군|양';
/** The particles a title may carry (`박 사장님이`, `선생님께서`); anything else makes it another word (`박 형사`). */
const KOREAN_PARTICLES = '이|가|은|는|을|를|의|도|께서|께|한테|에게|랑|이랑|하고|과|와|만|요|야|아';
const KOREAN_NAME_TITLE = new RegExp(
  `(?<![\\uac00-\\ud7af])([\\uac00-\\ud7af]{1,3}) (${KOREAN_TITLES})(?=[^\\uac00-\\ud7af]|$|(?:${KOREAN_PARTICLES})(?:[^\\uac00-\\ud7af]|$))`,
  'gu',
);
/** Words before a title that make it a relation or a description: `우리 할머니`, `옆집 아저씨`, `담임 선생님`. */
const KOREAN_NOT_NAMES = new Set(
  `우리 저희 제 내 네 니 그 이 저 우리집 옆집 앞집 윗집 아랫집 동네 친구 엄마 아빠 남편 아내 딸 아들 어머니 아버지 시어머니 큰 작은 막내 둘째 첫째 셋째
  담임 새 옛날 그냥 모든 다른 여러 이웃 가게 시장 회사 학교 병원 같은 무슨 어느 어떤 이런 저런 그런 좋은 예쁜 착한 젊은 늙은 외할머니 친할머니 우리들
  여러분 손님 의사 간호사 기사 사장 부장 원장 교수 선생 목사 신부 수녀 스님 아는 모르는 고마운 불쌍한 진짜 정말 너무 그때 지금 오늘 내일 어제 혹시`.split(/\s+/),
);
/** A KakaoTalk export's sender: `박정호, 오전 6:02 :`, `박정호 오후 2:10` (not `오늘 08:05`, today at 8). */
const KOREAN_SENDER = /(?:^|\n)[ \t]*([\uac00-\ud7af]{2,4})(?:,[ \t]*(?:오전|오후)?|[ \t]+(?:오전|오후))[ \t]?\d{1,2}:\d{2}/gu;
/** A given name called with the vocative `-야`/`-아`: `민수야`, `지은아`. */
const KOREAN_VOCATIVE = /(?<![\uac00-\ud7af])([\uac00-\ud7af]{2})[야아](?=[\s,.!?~^]|$)/gu;
/** Syllables common in Korean given names; a vocative counts only when both syllables are among them. */
const KOREAN_NAME_SYLLABLES = new Set(
  '민 수 지 은 영 희 현 준 서 연 정 호 진 혜 경 미 성 재 석 우 윤 상 동 훈 철 순 자 숙 옥 선 주 하 나 유 혁 태 규 환 한 명 승 원 용 빈 효 채 소 예 시 린 보 라 인 식 근 범 세 도 건 찬 종 일 길 남 분 란 향 화 춘 덕 복 금 임 아 윤 율 온 솔 별'.split(' '),
);
/** Two-syllable words of those syllables that are called with `-야` and are no names: `자기야` (darling), `애기야`. */
const KOREAN_VOCATIVE_WORDS = new Set(['자기', '애기', '아기', '여보', '친구', '동생', '언니', '오빠', '누나', '형아']);

function koreanNames(text: string, add: Add): void {
  KOREAN_SENDER.lastIndex = 0;
  for (let match = KOREAN_SENDER.exec(text); match; match = KOREAN_SENDER.exec(text)) {
    if (!KOREAN_SURNAMES.has(match[1][0])) continue;
    const start = match.index + match[0].indexOf(match[1]);
    add(start, start + match[1].length, 'a Korean name as the sender of a chat message');
  }
  KOREAN_NAME_TITLE.lastIndex = 0;
  for (let match = KOREAN_NAME_TITLE.exec(text); match; match = KOREAN_NAME_TITLE.exec(text)) {
    const name = match[1];
    if (KOREAN_NOT_NAMES.has(name) || (name.length === 1 && !KOREAN_SURNAMES.has(name))) continue;
    // `군`/`양` (Mr/Miss for the young) follow a full name or a surname only.
    if ((match[2] === '군' || match[2] === '양') && !KOREAN_SURNAMES.has(name[0])) continue;
    add(match.index, match.index + name.length + 1 + match[2].length, 'a Korean name before a title (씨, 선생님, 언니)');
  }
  KOREAN_VOCATIVE.lastIndex = 0;
  for (let match = KOREAN_VOCATIVE.exec(text); match; match = KOREAN_VOCATIVE.exec(text)) {
    const name = match[1];
    if (KOREAN_VOCATIVE_WORDS.has(name) || !KOREAN_NAME_SYLLABLES.has(name[0]) || !KOREAN_NAME_SYLLABLES.has(name[1])) continue;
    add(match.index, match.index + 3, 'a Korean given name called with -야/-아');
  }
}

// Arabic: a kunya (`أم خالد`, `أبو سامي`), a title before a name (`الحاجة فاطمة`), a name addressed (`يا سمر`).
const ARABIC_WORD = '[\\u0621-\\u064a\\u0671-\\u06d3]{2,}';
const ARABIC_KUNYA_OR_TITLE = new RegExp(
  `(?<![\\u0600-\\u06ff])(?:أم|ام|أبو|ابو|الحاج|الحاجة|الحاجه|حجي|الشيخ|الأستاذ|الاستاذ|الأستاذة|الاستاذة|الدكتور|الدكتورة|الست|ست|عمو|خالتو|السيد|السيدة)\\s+(${ARABIC_WORD})`,
  'gu',
);
/** Words after `أبو`/`أم` or a title that make a place or a phrase: `أبو ظبي`, `أم الدنيا`, `السيد الرئيس`. */
const ARABIC_NOT_NAMES = new Set(['ظبي', 'الدنيا', 'الرئيس', 'الوزير', 'المدير', 'الله', 'الخير', 'القرى']);
const ARABIC_VOCATIVE = new RegExp(`(?<![\\u0600-\\u06ff])يا\\s+(${ARABIC_WORD})`, 'gu');
/** Words addressed with `يا` that are no names: God, friends, darling, people, `I wish`. */
const ARABIC_VOCATIVE_WORDS = new Set(
  'رب ربي الله جماعة جماعه حبيبي حبيبتي ريت شباب بنات ناس حرام سلام عيني روحي خسارة ويلي أخي اخي أختي اختي ماما بابا أمي امي أبي ابي ستي سيدي عمي خالتي حلو بني ابني بنتي شيخ دكتور أستاذ استاذ حاج حجة عم خالة أخوان اخوان بعد لطيف'.split(' '),
);

function arabicNames(text: string, add: Add): void {
  ARABIC_KUNYA_OR_TITLE.lastIndex = 0;
  for (let match = ARABIC_KUNYA_OR_TITLE.exec(text); match; match = ARABIC_KUNYA_OR_TITLE.exec(text)) {
    if (ARABIC_NOT_NAMES.has(match[1])) continue;
    add(match.index, match.index + match[0].length, 'an Arabic kunya or title before a name (أم خالد, الحاجة فاطمة)');
  }
  if (!text.includes('يا')) return;
  ARABIC_VOCATIVE.lastIndex = 0;
  for (let match = ARABIC_VOCATIVE.exec(text); match; match = ARABIC_VOCATIVE.exec(text)) {
    if (ARABIC_VOCATIVE_WORDS.has(match[1]) || match[1].startsWith('ال')) continue;
    const start = match.index + match[0].length - match[1].length;
    add(start, match.index + match[0].length, 'a name addressed with يا');
  }
}

// Georgian has no capitals and few names have a title before them: a word whose transliteration is a given name.
const GEORGIAN_WORD = /[\u10d0-\u10ff]{4,}/gu;
const GEORGIAN_LATIN: Record<string, string> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh',
  რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh',
  ჯ: 'j', ჰ: 'h',
};

/** `ნინო` (Nino), `გიორგი` (Giorgi), `თამარ` (Tamar): read in Latin letters and looked up among given names. */
function georgianNames(text: string, add: Add): void {
  GEORGIAN_WORD.lastIndex = 0;
  for (let match = GEORGIAN_WORD.exec(text); match; match = GEORGIAN_WORD.exec(text)) {
    const latin = [...match[0]].map((letter) => GEORGIAN_LATIN[letter] ?? '?').join('');
    if (isGivenName(latin)) add(match.index, match.index + match[0].length, 'a Georgian word that is a given name');
  }
}

/** `Park sajangnim`, `Kim seonsaengnim`, `Jiyeon unni`: a romanised Korean title after a capitalised name. */
const ROMANISED_KOREAN_TITLE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}-]{1,12}) (?:sajangnim|seonsaengnim|sonsaengnim|sunbae(?:nim)?|seonbae(?:nim)?|unni|eonni|oppa|noona|nuna|hyung|hyungnim)(?![\p{L}\p{M}])/gu;

/** Words before a romanised title that make it a relation, not a name (`Park`, `Song`, `Moon` are surnames). */
const NOT_NAMES_BEFORE_ROMANISED_TITLE = new Set('my our your his her their the a an this that dear big little old poor new eldest oldest youngest'.split(' '));

function romanisedKoreanTitles(text: string, add: Add): void {
  ROMANISED_KOREAN_TITLE.lastIndex = 0;
  for (let match = ROMANISED_KOREAN_TITLE.exec(text); match; match = ROMANISED_KOREAN_TITLE.exec(text)) {
    if (NOT_NAMES_BEFORE_ROMANISED_TITLE.has(match[1].toLowerCase())) continue; // `My unni`, `Our sunbae`
    add(match.index, match.index + match[0].length, 'a name before a romanised Korean title (sajangnim, unni)');
  }
}
