/**
 * Acronyms that name no local organisation: national and international bodies, programmes and services, medical and
 * everyday abbreviations, qualifications, units and media, across English-speaking countries (public knowledge, not
 * taken from any transcript). An acronym not here, where a sentence makes it an employer or agency, is flagged.
 */
export const GENERIC_ACRONYMS: ReadonlySet<string> = new Set(`
  nhs hse gp gps a&e icu nicu picu hdu ccu er ed ems emt ent obgyn ob gyn ot pt slt dr mr mrs ms rn lpn cna hca np pa
  ceo cfo coo cto hr it pr qa ngo npo un eu who imf wto nato opec oecd unhcr unicef iom msf icrc ifrc undp wfp
  usa uk us gb nz uae ussr prc drc car
  ok tv pc id ssn dob dna rna hiv aids std sti uti ibs ibd ms mnd als mri ct cat pet ecg ekg eeg ivf ocd ptsd adhd add
  asd copd chf cvd ckd tbi dvt pe bp bmi cpr aed dnr iud hpv hrt tb rsv covid sars mrsa gerd ptsd cbt dbt emdr ect
  va vha vba dod dot irs fbi cia dea atf nsa doj dhs hhs hud usda epa osha fema tsa cbp uscis ice dmv ssa cms cdc fda nih
  faa fcc ftc sec nlrb eeoc ada fmla aca pact gi bill snap wic tanf ssi ssdi liheap chip vfw dav amvets
  bbc itv rte cbc ctv abc nbc cbs fox cnn npr pbs sbs rnz tvnz sabc nta bbcs
  dwp hmrc dvla dvsa ukvi ofsted cqc nmc gmc hcpc dbs crb nhs111 nice mhra ons ofgem ofcom ofwat iom psni pcso cps cafcass
  dss pip esa jsa uc sen sendco senco ehcp camhs iapt cmht mash rspca nspcc rnli
  cra cpp oas gis ei odsp ohip rcmp opp cmhc ircc cbsa wsib
  ato ndis tafe ato acc winz msd ird nzta pharmac rsa rsl cwa ses cfa rfs saps sars sassa
  ceop ccma ipo bamf phc chc cdhb dhb lhd hsc hscp ccg icb ics pct hmp yoi
  nysc efcc inec frsc lasg fct nnpc jamb waec neco nipost
  irda lic sbi rbi epf esi pds bpl apl aadhaar pan upi nrega mgnrega ration
  gcse gcses igcse sat sats act ged ncea hsc vce ielts toefl phd mba msc bsc llb mbbs nvq btec hnd hnc cpd
  am pm est pst gmt utc bst cet aest
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  usb sms mms gps pdf url www wifi atm pin otp ssn vat gst hst pst tax iva isa ira rrsp tfsa kiwisaver
  lol omg wtf btw imo fyi tbh asap rip diy faq aka eta tba tbc rsvp nb ps etc
  ii iii iv vi vii viii ix xi xii xiii xiv xv xx
  lgbt lgbtq lgbtqia bipoc bame poc
  nfl nba mlb nhl fifa uefa nrl afl ufc wwe pga ioc
  mbe obe cbe kbe ra rcn unison gmb rmt nea aft afl-cio seiu uaw teamsters cupe cope nzno ctu cosatu nuj
  chsld clsc cpe ciusss cisss rpa gmf ehpad ehpa ccas pmi cmp esat ime rsud rsu posyandu bmu chv chw fqhc snf alf hmo ppo rhc
`.trim().split(/\s+/));
