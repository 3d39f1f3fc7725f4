/**
 * Irish, Scottish Gaelic and Welsh given names, with the Scots and Welsh short forms people go by (`Tam`, `Shug`,
 * `Dai`, `Twm`), from general knowledge of naming customs: the faker locales hold few of them, so a lower-case
 * caption's `siobhan` or `rhodri` and a sentence-initial `Cerys` went unread as names. Spellings with and without
 * the fada or to bach are both listed, as captions and typists drop them.
 */
export const CELTIC_GIVEN_NAMES_TEXT = `
  aoibhinn aoibheann aoife aisling áine aine caoimhe ciara clodagh cliodhna clíodhna deirdre eimear eithne fionnuala
  gráinne grainne laoise máire maire mairéad mairead méabh meabh muireann niamh nuala orla orlaith róisín roisin
  saoirse sadhbh síle sinéad sinead siobhán siobhan sorcha treasa bríd brid bríd cáit peig nóra ailbhe aoibh
  blathnaid bláthnaid caitríona caitriona dearbhla éabha eabha fiadh líadan liadan mairéad neasa ríona riona
  cathal ciarán ciaran cillian colm conall cormac declan diarmuid dónal donal donnacha donncha éamon eamon eamonn
  éamonn eoghan eoin fergal fiachra finbar finbarr fionn lorcan malachy niall oisín oisin pádraig padraig peadar
  rónán ronan ruairí ruairi séamus seamus seán senan tadhg tiernan turlough darragh odhran oran cian daithí daithi
  dara donnchadh enda feargal naoise ultan
  ailsa catriona ciorstaidh eilidh isla kirsty kirsteen mhairi morag mairi seonaid shona senga jinty ishbel lorna
  elspeth marsaili floraidh mòrag kenna
  alasdair alistair aonghas calum callum dougal dugald euan ewan fergus gregor hamish iain lachlan murdo ruaridh
  ruairidh somhairle struan torquil tormod uisdean domhnall seumas
  shug shuggie rab rabbie wullie eck dod davie boab jamesie tam
  aled alun aneurin arwel cadog carwyn dafydd deio dewi dyfed elis emlyn emyr gareth geraint gethin glyn gruffydd
  gwilym huw hywel idris ieuan iestyn ifan ioan iolo islwyn llew llŷr llyr macsen meirion osian owain rhodri rhys
  siôn sion tomos twm wyn dai gwil ianto wil cai
  angharad bethan branwen buddug carys cerys cerian delyth eirlys eleri elin ffion gwenllian gwyneth heulwen lowri
  mali manon meinir mererid nerys nia rhian rhiannon seren siân sian siwan tegan tirion eluned
`;
