/** Immigration statuses, permits and visa kinds (quasi identifiers). Lower-case, general. */

/** Immigration statuses named without a visa or permit (`I am undocumented`, `they were boat people`). */
export const STATUS_WORDS: readonly string[] = `
  undocumented, stateless, illegal, illegals, an illegal, an overstayer, overstayer, overstayers, an asylum seeker,
  asylum seeker, asylum seekers, asylum-seeker, asylum-seekers, a refugee, refugee, refugees, boat people,
  a dreamer, dreamer, dreamers, daca, a daca recipient, daca recipient, a green card holder, green card holder,
  a permanent resident, permanent resident, permanent residents, an unaccompanied minor, unaccompanied minor,
  a migrant worker, migrant worker, migrant workers, a seasonal worker, seasonal worker, an economic migrant,
  economic migrant, a guest worker, guest worker, sans papiers, a displaced person, displaced persons, a DP, DPs, boat person,
  cofa migrant, cofa migrants, a cofa migrant, indocumentado, indocumentada, indocumentados, clandestino, clandestina
`
  .split(/[,\n]/)
  .map((word) => word.trim())
  .filter(Boolean);

/**
 * Named statuses that identify without a cue because only immigration law names them: `on the Health and Care
 * Worker visa`, `my U visa application`, `indefinite leave to remain`, `TPS`.
 */
export const STATUS_NAMES: readonly string[] = `
  indefinite leave to remain, indefinite leave, ilr, out of status, limited leave to remain, leave to remain, settled status,
  pre-settled status,
  refugee status, humanitarian protection, temporary protected status, tps, daca, green card, work permit,
  asylum seeker permit, asylum permit, asylum claim, asylum application, asylum case, refugee claim,
  no recourse to public funds, nrpf, exemption permit, special permit, bridging visa, protection visa, h-1b, h-2a,
  h-2b, j-1, o-1, k-1, e-2, l-1, f-1, subsidiary protection, temporary protection, tolerated stay, duldung,
  exceptional leave to remain, discretionary leave to remain, discretionary leave, humanitarian status,
  protected person status, kaburan, long-term visit pass, ltvp, employment pass, dependant's pass,
  dependant pass, sans papiers, sin papeles, permanent residence, permanent residency, humanitarian residence,
  humanitarian visa, humanitarian program, humanitarian programme, humanitarian parole, refugee resettlement programme,
  resettlement programme, resettlement program, family reunion visa, temporary residence permit,
  permanent residence permit, residence permit, dual nationality, dual citizenship,
  titre de séjour, carte de séjour, carte de résident, demandeur d'asile, demandeuse d'asile, demandeurs d'asile,
  permesso di soggiorno, carta di soggiorno, protezione internazionale, protezione sussidiaria, protezione umanitaria,
  richiedente asilo, residencia temporal, residencia permanente, permiso de residencia, permiso de trabajo,
  solicitante de asilo, autorização de residência, visto de residência, aufenthaltserlaubnis, niederlassungserlaubnis,
  aufenthaltsgestattung, teijūsha, teijusha, eijūsha, eijusha, tokutei ginō, tokutei gino, ginō jisshūsei,
  gino jisshusei, ecr passport, emigration check required, compact of free association, carnet de extranjería,
  carné de extranjería, cédula de extranjería, permiso temporal de permanencia, ptp, permiso por protección temporal,
  ppt, estatuto temporal de protección, residencia temporaria, residência temporária, solicitante de refugio,
  foreign domestic helper visa, fdh visa
`
  .split(/[,\n]/)
  .map((word) => word.trim())
  .filter(Boolean);

/** Kinds of visa people name in lower case (`on a spousal visa`, `a working holiday visa`). */
export const VISA_KINDS: readonly string[] = `
  student, spousal, spouse, partner, family, fiancé, fiance, fiancée, work, working holiday, tourist, visitor,
  bridging, humanitarian, protection, refugee, skilled worker, seasonal worker, temporary, permanent, investor,
  graduate, settlement, dependant, dependent, transit, residence, sponsored, employer-sponsored, regional,
  golden, talent, youth mobility, care worker, health and care worker, marriage, religious worker, essential skills,
  skilled migrant, post-study work, recognised seasonal employer, pacific access, samoan quota, open work, closed work,
  employer-specific, domestic worker, overseas domestic worker, kafala
`
  .split(/[,\n]/)
  .map((word) => word.trim())
  .filter(Boolean);
