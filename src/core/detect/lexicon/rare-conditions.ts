/**
 * Rare conditions, lower-case, written from general knowledge of public rare-disease lists (NIH GARD, Orphanet):
 * conditions few enough people have that, with a town or an age, they point at one person. Possessive eponyms are
 * written without `'s` (the pattern accepts `huntington's`, `huntingtons`, `huntington`), hyphens as spaces (the
 * pattern accepts either). Short abbreviations (`ALS`, `POTS`) only count in capitals, since `als` and `pots` are words.
 * Common conditions (diabetes, asthma, Alzheimer's, Crohn's) are deliberately absent.
 */
export const RARE_CONDITIONS: readonly string[] = `
  batten disease, huntington disease, huntington chorea, friedreich ataxia, ataxia telangiectasia,
  spinocerebellar ataxia, motor neurone disease, motor neuron disease, amyotrophic lateral sclerosis, als,
  spinal muscular atrophy, sma, duchenne muscular dystrophy, duchenne, becker muscular dystrophy,
  myotonic dystrophy, facioscapulohumeral muscular dystrophy, limb girdle muscular dystrophy, muscular dystrophy,
  cystic fibrosis, sickle cell disease, sickle cell anaemia, sickle cell anemia, sickle cell, thalassaemia,
  thalassemia, beta thalassaemia, haemophilia, hemophilia, von willebrand disease, fanconi anaemia,
  fanconi anemia, diamond blackfan anaemia, aplastic anaemia, aplastic anemia, paroxysmal nocturnal haemoglobinuria,
  ehlers danlos syndrome, ehlers danlos, marfan syndrome, loeys dietz syndrome, osteogenesis imperfecta,
  brittle bone disease, achondroplasia, fibrodysplasia ossificans progressiva, progeria,
  hutchinson gilford progeria, prader willi syndrome, angelman syndrome, rett syndrome, williams syndrome,
  fragile x syndrome, fragile x, turner syndrome, klinefelter syndrome, noonan syndrome, cri du chat,
  edwards syndrome, patau syndrome, trisomy 18, trisomy 13, digeorge syndrome, 22q11 deletion syndrome,
  smith magenis syndrome, cornelia de lange syndrome, sotos syndrome, kabuki syndrome, charge syndrome,
  treacher collins syndrome, apert syndrome, crouzon syndrome, pierre robin sequence, moebius syndrome,
  möbius syndrome, sturge weber syndrome, tuberous sclerosis, neurofibromatosis, nf1, nf2, von hippel lindau,
  dravet syndrome, lennox gastaut syndrome, west syndrome, infantile spasms, cdkl5 deficiency disorder,
  rasmussen encephalitis, landau kleffner syndrome, alternating hemiplegia of childhood, niemann pick disease,
  gaucher disease, fabry disease, pompe disease, tay sachs disease, tay sachs, sandhoff disease, krabbe disease,
  metachromatic leukodystrophy, adrenoleukodystrophy, leukodystrophy, canavan disease, alexander disease,
  hunter syndrome, hurler syndrome, sanfilippo syndrome, morquio syndrome, mucopolysaccharidosis,
  mucolipidosis, wolman disease, phenylketonuria, pku, maple syrup urine disease, homocystinuria,
  galactosaemia, galactosemia, urea cycle disorder, mitochondrial disease, leigh syndrome, melas, merrf,
  kearns sayre syndrome, leber hereditary optic neuropathy, wilson disease, wilson's disease, menkes disease,
  hereditary haemochromatosis, porphyria, acute intermittent porphyria, erythropoietic protoporphyria,
  alpha 1 antitrypsin deficiency, alpha-1 antitrypsin deficiency, primary ciliary dyskinesia, kartagener syndrome,
  idiopathic pulmonary fibrosis, pulmonary arterial hypertension, lymphangioleiomyomatosis, lam,
  sarcoidosis, amyloidosis, castleman disease, histiocytosis, langerhans cell histiocytosis, mastocytosis,
  myasthenia gravis, lambert eaton syndrome, guillain barre syndrome, guillain barré syndrome, cidp,
  chronic inflammatory demyelinating polyneuropathy, charcot marie tooth disease, charcot marie tooth,
  stiff person syndrome, stiff man syndrome, multiple system atrophy, progressive supranuclear palsy,
  corticobasal degeneration, creutzfeldt jakob disease, cjd, fatal familial insomnia, narcolepsy with cataplexy,
  kleine levin syndrome, moyamoya disease, cadasil, syringomyelia, chiari malformation, arnold chiari malformation,
  hydranencephaly, lissencephaly, holoprosencephaly, anencephaly, spina bifida, agenesis of the corpus callosum,
  arthrogryposis, transverse myelitis, neuromyelitis optica, devic disease,
  behcet disease, behçet disease, takayasu arteritis, kawasaki disease, granulomatosis with polyangiitis,
  wegener granulomatosis, churg strauss syndrome, scleroderma, systemic sclerosis, dermatomyositis, polymyositis,
  inclusion body myositis, still disease, adult onset still disease, familial mediterranean fever,
  addison disease, cushing disease, cushing syndrome, acromegaly, gigantism, conn syndrome, pheochromocytoma,
  phaeochromocytoma, carcinoid syndrome, multiple endocrine neoplasia, hypopituitarism, diabetes insipidus,
  congenital adrenal hyperplasia, androgen insensitivity syndrome, kallmann syndrome, mody,
  epidermolysis bullosa, butterfly skin, harlequin ichthyosis, ichthyosis, xeroderma pigmentosum, albinism,
  pemphigus, pemphigoid, hidradenitis suppurativa, alopecia universalis, vitiligo universalis,
  retinitis pigmentosa, stargardt disease, leber congenital amaurosis, usher syndrome, choroideremia,
  achromatopsia, aniridia, retinoblastoma, coats disease, keratoconus,
  biliary atresia, primary biliary cholangitis, primary sclerosing cholangitis, alagille syndrome,
  short bowel syndrome, hirschsprung disease, eosinophilic oesophagitis, eosinophilic esophagitis, gastroparesis,
  budd chiari syndrome, polycystic kidney disease, alport syndrome, nephrotic syndrome, cystinosis,
  atypical haemolytic uraemic syndrome, ahus, iga nephropathy, goodpasture syndrome, fsgs,
  hypertrophic cardiomyopathy, arrhythmogenic right ventricular cardiomyopathy, long qt syndrome, brugada syndrome,
  hypoplastic left heart syndrome, tetralogy of fallot, transposition of the great arteries, eisenmenger syndrome,
  takotsubo, spontaneous coronary artery dissection, scad,
  neuroblastoma, wilms tumour, wilms tumor, ewing sarcoma, osteosarcoma, rhabdomyosarcoma, mesothelioma,
  cholangiocarcinoma, glioblastoma, dipg, diffuse intrinsic pontine glioma, medulloblastoma, ependymoma,
  chordoma, merkel cell carcinoma, waldenstrom macroglobulinaemia, waldenström macroglobulinemia,
  multiple myeloma, myelofibrosis, polycythaemia vera, polycythemia vera, hairy cell leukaemia,
  chronic myeloid leukaemia, acute myeloid leukaemia, aml, cml, t cell lymphoma, mantle cell lymphoma,
  burkitt lymphoma, kaposi sarcoma, gist, gastrointestinal stromal tumour,
  complex regional pain syndrome, crps, trigeminal neuralgia, arachnoiditis, erythromelalgia,
  functional neurological disorder, fnd, pots, postural tachycardia syndrome, mcas, mast cell activation syndrome,
  hereditary angioedema, severe combined immunodeficiency, scid, common variable immunodeficiency, cvid,
  chronic granulomatous disease, wiskott aldrich syndrome, hemophagocytic lymphohistiocytosis, hlh,
  leprosy, hansen disease, kuru, prion disease, locked in syndrome, foreign accent syndrome,
  alice in wonderland syndrome, fibrous dysplasia, mccune albright syndrome, gorham disease, ollier disease,
  proteus syndrome, klippel trenaunay syndrome, cleidocranial dysplasia, ectodermal dysplasia, stickler syndrome,
  waardenburg syndrome, pendred syndrome, bardet biedl syndrome, alstrom syndrome, wolfram syndrome,
  joubert syndrome, zellweger syndrome, smith lemli opitz syndrome, beckwith wiedemann syndrome,
  russell silver syndrome, silver russell syndrome, pallister killian syndrome, wolf hirschhorn syndrome,
  jacobsen syndrome, phelan mcdermid syndrome, kleefstra syndrome, coffin siris syndrome, rubinstein taybi syndrome
`
  .split(/[,\n]/)
  .map((name) => name.trim())
  .filter(Boolean);

/**
 * Eponyms of conditions common enough not to identify anyone, or the study's everyday topic: `Alzheimer's disease`,
 * `Crohn's`, `Bell's palsy`. The eponym rule (`X's disease`, `Y syndrome`) skips them.
 */
export const COMMON_EPONYMS: ReadonlySet<string> = new Set(
  `alzheimer parkinson crohn graves hashimoto raynaud bell lyme down tourette asperger hodgkin meniere ménière
  sjogren sjögren paget dupuytren osgood barrett irritable heart kidney liver lung celiac coeliac gum legionnaires
  reflux`.split(/\s+/),
);
