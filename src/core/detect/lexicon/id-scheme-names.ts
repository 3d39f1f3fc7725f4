/**
 * Names of national ID numbers and of the registers that issue them, as people say them (`my CNP`, `the PESEL`, `my
 * TFN`): the name of a scheme everyone in a country has, never a person or a local body. The number itself is an ID
 * (id.ts, pattern-cues.ts). From general knowledge of public lists, lower case.
 */
export const ID_SCHEME_NAMES: ReadonlySet<string> = new Set(
  `cnp pesel nip regon nif nie cpf cnpj cpr dni nie curp rfc rut run cuil cuit cedula cédula nin bvn nhis
  ssn itin ein sin nas ohip ramq phn hcn tfn abn ihi nhi ird pps ppsn nino bsn avs ahv amka afm egn oib jmbg emso
  personnummer henkilötunnus kennitala codice fiscale tessera sanitaria aadhaar pan uan nric fin mykad hkid umid
  philhealth tin sss pagibig pag-ibig gsis nik npwp bpjs kimlik cnic nicop nadra`.split(/\s+/),
);
