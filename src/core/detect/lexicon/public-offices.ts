/**
 * Offices of heads of state, government and faith whose holders are public figures, named in passing with the office
 * (`Patriarch Ilia`, `President Ruto`, `Pope Francis`, `since Kenyatta was president`): not a private person of the
 * story. Local posts (mayor, councillor, chair, pastor) are left out: their holders may be anyone's neighbour.
 */
export const PUBLIC_OFFICE_TITLES: ReadonlySet<string> = new Set(
  `president presidente président präsident prezydent cumhurbaşkanı rais pangulo presiden patriarch pope
  king queen emperor empress tsar czar shah sultan emir ayatollah chancellor kanzler kanzlerin premier archbishop
  cardinal`.split(/\s+/),
);

/** `Kenyatta was president`, `when Lula became president`: a name followed by the office it held. */
export const PUBLIC_OFFICE_AFTER =
  /^\s+(?:was|is|became|had become|has been|had been|were)\s+(?:still\s+)?(?:the\s+)?(?:president|prime minister|premier|chancellor|king|queen|pope|emperor|patriarch|head of state)\b/i;
