/**
 * Rare conditions, lower-case, written from general knowledge of public rare-disease lists (NIH GARD, Orphanet), the
 * ILO list of occupational diseases (`byssinosis`, `silicosis`, `vibration white finger`) and the WHO's neglected
 * tropical and zoonotic diseases (`leptospirosis`, `buruli ulcer`):
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
  jacobsen syndrome, phelan mcdermid syndrome, kleefstra syndrome, coffin siris syndrome, rubinstein taybi syndrome,
  constrictive bronchiolitis, bronchiolitis obliterans, obliterative bronchiolitis, idiopathic pulmonary fibrosis,
  pulmonary fibrosis, lung fibrosis, pulmonary arterial hypertension, lymphangioleiomyomatosis, lam,
  alpha 1 antitrypsin deficiency, primary ciliary dyskinesia, sarcoidosis, scleroderma, systemic sclerosis,
  dermatomyositis, polymyositis, inclusion body myositis, myasthenia gravis, lambert eaton syndrome,
  guillain barre syndrome, chronic inflammatory demyelinating polyneuropathy, cidp, charcot marie tooth,
  charcot marie tooth disease, neuromyelitis optica, transverse myelitis, stiff person syndrome,
  progressive supranuclear palsy, multiple system atrophy, corticobasal degeneration, frontotemporal dementia,
  creutzfeldt jakob disease, cjd, wilson disease, hereditary haemochromatosis, porphyria, acute intermittent porphyria,
  gaucher disease, fabry disease, pompe disease, niemann pick disease, tay sachs disease, krabbe disease,
  metachromatic leukodystrophy, adrenoleukodystrophy, canavan disease, hurler syndrome, hunter syndrome,
  sanfilippo syndrome, mucopolysaccharidosis, maple syrup urine disease, phenylketonuria, homocystinuria,
  galactosaemia, galactosemia, urea cycle disorder, glycogen storage disease, alport syndrome,
  polycystic kidney disease, nephrotic syndrome, atypical haemolytic uraemic syndrome, ahus, moyamoya disease,
  arteriovenous malformation, cavernous malformation, chiari malformation, syringomyelia, spina bifida,
  hydrocephalus, anencephaly, holoprosencephaly, microcephaly, lissencephaly, tuberous sclerosis,
  neurofibromatosis, neurofibromatosis type 1, neurofibromatosis type 2, von hippel lindau, sturge weber syndrome,
  epidermolysis bullosa, harlequin ichthyosis, xeroderma pigmentosum, albinism, oculocutaneous albinism,
  retinitis pigmentosa, leber congenital amaurosis, usher syndrome, stargardt disease, retinoblastoma,
  neuroblastoma, wilms tumour, wilms tumor, osteosarcoma, ewing sarcoma, rhabdomyosarcoma, mesothelioma,
  thalassaemia major, thalassemia major, beta thalassaemia major, sickle cell anaemia, kawasaki disease,
  behcet disease, takayasu arteritis, granulomatosis with polyangiitis, amyloidosis, castleman disease,
  narcolepsy with cataplexy, kleine levin syndrome, dravet syndrome, lennox gastaut syndrome,
  infantile spasms, landau kleffner syndrome, cdkl5 deficiency disorder, dup15q syndrome, smith magenis syndrome,
  cornelia de lange syndrome, cockayne syndrome, treacher collins syndrome, pierre robin sequence, apert syndrome,
  crouzon syndrome, moebius syndrome, goldenhar syndrome, arthrogryposis, vacterl association,
  kuskokwim syndrome, congenital adrenal hyperplasia, addison disease, cushing disease, acromegaly,
  byssinosis, silicosis, asbestosis, pneumoconiosis, berylliosis,
  chronic beryllium disease, siderosis, stannosis, bagassosis, farmer's lung, bird fancier's lung,
  hypersensitivity pneumonitis, vibration white finger, hand arm vibration syndrome, decompression sickness,
  caisson disease, arsenicosis, fluorosis, skeletal fluorosis, acute radiation syndrome, leptospirosis, weil disease,
  brucellosis, q fever, anthrax, hantavirus, puumala virus, nephropathia epidemica, psittacosis, histoplasmosis,
  coccidioidomycosis, valley fever, leprosy, hansen disease, buruli ulcer, chagas disease, leishmaniasis,
  lymphatic filariasis, elephantiasis, onchocerciasis, river blindness, schistosomiasis, bilharzia, trachoma, yaws,
  sleeping sickness, trypanosomiasis, noma, podoconiosis, mycetoma, guinea worm, dracunculiasis, ebola, marburg virus,
  lassa fever, kuru, usher syndrome, deafblind, deafblindness, hydrogen sulphide poisoning,
  hydrogen sulfide poisoning, mercury poisoning, arsenic poisoning, organophosphate poisoning, pesticide poisoning,
  cadmium poisoning, manganism, benzene poisoning
`
  .split(/[,\n]/)
  .map((name) => name.trim())
  .filter(Boolean);

/**
 * Eponyms of conditions common enough not to identify anyone, or the study's everyday topic: `Alzheimer's disease`,
 * `Crohn's`, `Bell's palsy`. The eponym rule (`X's disease`, `Y syndrome`) skips them.
 */
/**
 * Craniofacial and speech conditions of children, treated by few specialist teams: `repaired submucous cleft palate`,
 * `childhood apraxia of speech`.
 */
export const CHILDHOOD_RARE: readonly string[] = [
  'submucous cleft palate', 'cleft palate', 'cleft lip and palate', 'cleft lip', 'craniosynostosis', 'microtia',
  'hemifacial microsomia', 'pierre robin sequence', 'treacher collins syndrome', 'childhood apraxia of speech',
  'apraxia of speech', 'velopharyngeal insufficiency', 'rheumatic heart disease',
];

export const COMMON_EPONYMS: ReadonlySet<string> = new Set(
  `alzheimer parkinson crohn graves hashimoto raynaud bell lyme down tourette asperger hodgkin meniere ménière
  sjogren sjögren paget dupuytren osgood barrett irritable heart kidney liver lung celiac coeliac gum legionnaires
  reflux`.split(/\s+/),
);
