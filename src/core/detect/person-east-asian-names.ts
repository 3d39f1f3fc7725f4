/**
 * Korean, Cantonese, Mandarin and Taiwanese given names are two syllables joined by a hyphen (`Sung-ho`,
 * `Mi-young`, `Wing-yee`, `Kwok-wah`, `Xiao-mei`, `Shu-fen`), each syllable on its own often an English word (`sung`,
 * `wing`). The pair is a name when both syllables are common given-name syllables of those romanisations (from
 * general knowledge of Revised Romanisation, Hong Kong government romanisation, pinyin and Wade-Giles) and they
 * differ (`Ha-ha`, `So-so` are words).
 */
const SYLLABLES = new Set(`
  min jun seo ji hyun woo jae soo young yeong sung seong ho hye jin yeon eun ha na kyung kyoung hee mi joo ju sang
  dong hoon hun won chul cheol suk seok sook ja ok yong il tae hyo bin yun yoon chan gyu kyu hwan han myung myeong
  ae kyeong yu da ye si rin ah jung jeong nam ki gi gu gun geun keun bo ra sun seon yeol uk hyuk hyeok beom bum
  seung sik shik hae hwa choon chun deok duk man mun moon pil san seol wan wook ryeong ryung rae rok lim hong
  kwang gwang kook guk jong
  wing yee kwok wah ka kit wai chi ming kin yan fung lai siu lam mei ling hung kam tak kwan yuen sze shing yiu sau
  hon kei kai lok pui yin tsz ching hoi chung keung po oi suet mui fong kuen tin sum yeung cheuk shun leung kiu ngai
  nga
  xiao wei jian hui li hua ying yi jie xin qiang lei fang tao chen feng gang guo hai hao jia jing juan lan lin long
  ning peng qi qing rong rui shan sheng shu tian ting wen xia xu xue yang yuan zhen zhi zhong zi
  hsiao chia fen hsin chih tzu hsuan ya pei jung chien kuo cheng hsiu
`.trim().split(/\s+/));

const HYPHENATED = /^\p{Lu}(\p{Ll}{1,5})-(\p{Ll}{1,5})(?:['’]s)?$/u;

/** True for `Sung-ho`, `Mi-young`, `Wing-yee`; false for `Co-op`, `Ha-ha`, `Re-do`. */
export function isHyphenatedEastAsianGivenName(word: string): boolean {
  const match = HYPHENATED.exec(word);
  if (!match) return false;
  const first = word[0].toLowerCase() + match[1];
  return first !== match[2] && SYLLABLES.has(first) && SYLLABLES.has(match[2]);
}
