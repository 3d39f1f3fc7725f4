/**
 * Given names of communities whose names the faker locales hold few of, from general knowledge of naming customs:
 * West African (Yoruba, Igbo, Hausa, Akan, Ewe), East and Southern African (Swahili, Kikuyu, Luo, Luhya, Amharic,
 * Tigrinya, Somali, Shona, Chewa), Pacific (Samoan, Tongan, Fijian, Māori, Cook Islands), Filipino nicknames,
 * Vietnamese, Chinese (pinyin and Cantonese romanisations), Korean, South Asian (Punjabi, Tamil, Telugu, Bengali,
 * Gujarati, Nepali), Arabic, Turkish, Kurdish and Persian spellings, Québécois and Latin American short forms.
 * Captions and typists drop accents, so both spellings are listed where a name has them. A name that is also an
 * English word is no evidence alone: the detectors that read this list also require a name's place or no word.
 */
export const WORLD_GIVEN_NAMES_TEXT = `
  adebayo adewale adeola adeyemi adetokunbo adebola adesua adunni abimbola abiodun ayodele ayomide ayotunde
  babajide babatunde bamidele bisi bisola bolaji bolanle bose bukola bukunmi damilare damilola dapo dayo dele
  demilade enitan folake folasade folashade folarin funke funmilayo gbemisola gbenga ibukun ifedayo iyabo jide
  jumoke kayode kehinde kemi kunle lanre lola mojisola moyo niyi olabisi oladapo oladele olamide olanrewaju
  olatunde olawale olayinka oluwadamilare oluwafemi oluwakemi oluwaseun oluwaseyi oluwatobi oluwatoyin olumide
  omotola omowunmi opeyemi rotimi segun seun seyi shola sola temitope tobi tobiloba tolani tolu toluwani
  tomiwa toyin wunmi yemi yetunde yewande
  adaeze adaora amaka amarachi chiamaka chibuike chibuzo chidera chidi chidinma chidozie chigozie chijioke chika
  chikezie chinedu chinelo chinonso chinwe chioma chisom chukwudi chukwuebuka chukwuemeka ebere ebuka ejike emeka
  ifeanyi ifeoma ijeoma ikenna kelechi kenechukwu nkechi nkem nnamdi nneka nonso obiageli obinna obioma ogechi
  okechukwu onyeka onyinye uche uchenna uzoma
  aminu bashir danjuma habiba hadiza halima hauwa jummai kabiru ladi lawal maryam mustapha nasiru rabi sadiq
  salisu sani shehu usman yakubu zainab zulai
  abena abenaa adjoa adwoa afia afua akosua akua akwasi ama kwabena kwadwo kwaku kwame kwasi kwesi kofi kojo
  yaa yaw efua esi ekua araba kobina ato ebo fiifi nana dzifa edem elikem enyonam mawuli selasi senyo sena
  amani asha baraka bahati faraji furaha imani juma jabari neema rehema tumaini zawadi zuri mwajuma mwanaisha
  wanjiru wambui wanjiku wairimu njeri nyambura njoki wangari muthoni kamau mwangi njoroge kariuki githinji
  otieno ochieng odhiambo onyango achieng akinyi atieno adhiambo awino owino omondi wafula wekesa nafula nekesa
  abebe alemu almaz amanuel bereket dawit desta fikre genet haile hiwot kebede mekdes meron selam senait tesfaye
  tigist tsion yonas yohannes mulu eyerusalem hagos berhane tesfay ghebre
  abdirahman abdiaziz abdullahi ayaan cawo faadumo hodan hibaaq ikraan xamdi xawo liban mahad warsame
  tendai tatenda tinashe farai rudo chipo nyasha tafadzwa kudzai rumbidzai tsitsi tapiwa chiedza simba tawanda
  chimwemwe chisomo kondwani mphatso thoko tiwonge
  sione tevita siaosi viliami semisi sitani salote losana mele ana lupe losaline ofa sela vika kalolaine
  iosefa ioane tavita fa'amoana faamoana sefo tasi malia leota mose manu sina pele toa lefiga
  mata'afa sefa ula fetu ana'e siueni tomasi epeli jone laisa litia mereani ateca kalara sainimere salote
  aroha wiremu hemi tama rawiri anahera ngaio tui hine kiri manaia nikau ihaia huia mikaere tamati matiu
  hohepa hana mereana ngaire rangi ariki marama tawhiri wikitoria
  jhun jun-jun jomar jomari marites maricel marivic analyn rodel rowena jocelyn joy-ann jennylyn mylene
  rosalie rosalinda mariel mylene jhoana jhoanna lorna marlon ronaldo dodong inday nonoy nonong
  totoy ining bebot jing-jing ging-ging lyn-lyn pinky girlie jojo
  thuy thủy linh hoa hòa minh tuan tuấn anh duc đức hùng lan mai phuong phương thao thảo trang huong
  hương quang hieu hiếu khanh khánh nga ngoc ngọc hanh hạnh vy huyen huyền thanh trung nhung tam tâm
  hải bao bảo oanh yến diep diệp cuong cường thinh thịnh phuc phúc
  xiaoming xiaohong xiaoyan xiaoli xiaojun weiwei lili meimei jingjing tingting lingling haoran zihan zixuan
  yuxuan yichen yifan jiayi yuting xinyi shuang jing qing hui ying ling mei wei jun xin hao jian
  qiang ming yan zhen zhi yong lan tao peng lin xiu
  wai-ling ka-yan siu-ming chi-wai ka-ho wing-yan man-yee kwok-wai tsz-ching hoi-yan sze-wing ka-man
  yuk-lin mei-ling chun-kit ho-yin wai-man siu kwok chun
  jiwoo ji-woo minjun min-jun seoyeon seo-yeon jiho ji-ho hyun jisoo ji-soo eunji eun-ji sungmin sung-min
  minho min-ho jihoon ji-hoon hyejin hye-jin soyeon so-yeon yuna sora seojun seo-jun dongmin dong-min
  jaehyun jae-hyun younghee young-hee chulsoo chul-soo mina jina sujin su-jin hana
  harpreet gurpreet manjit jaswinder jasbir kuldeep kulwinder harjit harjeet balwinder sukhwinder sukhjit
  amarjit paramjit rajinder navjot navdeep simran simranjit gurdeep gurmeet jaspreet manpreet harjot
  venkat venkatesh srinivas lakshmi lakshmanan murugan senthil karthik kavitha meena saravanan selvi
  arumugam thangam valli revathi anand sundar sundari muthu ganesh suresh ramesh rajesh dinesh mahesh
  sudha usha uma latha geetha shanthi padma vijaya
  rahim karim rashida shamima nasrin sharmin rupa dipankar sourav subrata arindam debashish tanvir tasnim
  hetal jignesh bhavesh nilesh kiran falguni hiral dhruv krupa mitesh
  bishnu gita kamala laxmi pasang pemba tenzin dorje sonam lhakpa nima
  tariq tarek tareq khalid khaled walid waleed yousef youssef yusuf hamza bilal zaid zayd ahmad ahmed
  mohamad mohammad muhammad mohammed mohamed hussein hussain hasan hassan layla leila laila nour noor hiba
  rania samira samir salma sana yasmin yasmine jamila jameela nadia nadine rasha reem rima lina dina
  huda amal asma fatma fatmeh zahra zeinab zaynab maha mona suha wafa ghada abeer
  mehmet mustafa emre burak onur serkan volkan gokhan gökhan ayse ayşe elif zeynep esra büşra busra
  hatice emine merve ebru derya
  rojin rojda berivan dilan shirin şirin hevin zana rebin karwan
  reza mehdi ali-reza alireza farhad behrouz dariush kaveh arash babak parisa shirin maryam niloufar
  golnar roya azadeh mahnaz leyla
  marie-ève marie-eve jean-françois jean-francois josée josee gaétan gaetan réjean rejean ghislain
  ghislaine francine sylvie mathieu jocelyne johanne manon nathalie chantal mélanie melanie geneviève
  genevieve marie-claude marie-josée marie-josee marc-andré marc-andre pierre-luc jean-philippe
  jean-sébastien jean-sebastien marie-pier marie-soleil yvon gilles normand réal
  lupe chuy chela pancho beto chucho paco pepe toño lalo lencho goyo chayo chelo
  nayeli xochitl itzel yesenia maricela rigoberto guadalupe yadira araceli leticia
`;
