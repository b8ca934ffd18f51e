// Word lists of the news layer: the closed classes that decide whether a capitalised run of
// words is a person, a body, a place or no entity at all. All keys are lower case. Titles and
// demonyms are data (src/lexicon/titles.json, demonyms.json), shared with the name kernel.

import { ABBREVIATIONS } from "../../core/doc.js";
import demonyms from "../../lexicon/demonyms.json" with { type: "json" };
import countryAdjectives from "../../lexicon/country-adjectives.json" with { type: "json" };
import titles from "../../lexicon/titles.json" with { type: "json" };
import calendar from "../../lexicon/calendar.json" with { type: "json" };
import commonWords from "../../lexicon/common-words.json" with { type: "json" };
import closedClass from "../../lexicon/closed-class.json" with { type: "json" };
import commonAbbreviations from "../../lexicon/common-abbreviations.json" with { type: "json" };
import properAdjectives from "../../lexicon/proper-adjectives.json" with { type: "json" };
import companies from "../../lexicon/companies.json" with { type: "json" };
import shopNouns from "../../lexicon/shop-nouns.json" with { type: "json" };
import bodyNouns from "../../lexicon/body-nouns.json" with { type: "json" };
import personNouns from "../../lexicon/person-nouns.json" with { type: "json" };
import abstractNouns from "../../lexicon/abstract-nouns.json" with { type: "json" };
import nonactNouns from "../../lexicon/nonact-nouns.json" with { type: "json" };
import nameParts from "../../lexicon/name-parts.json" with { type: "json" };

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** The most common English words of four letters or more (SCOWL sizes 10 and 20, src/lexicon/common-words.json). */
export const COMMON_WORDS = new Set<string>(commonWords.words);

/** Common nouns that name no act (WordNet over SCOWL up to size 50, src/lexicon/nonact-nouns.json). */
export const NONACT_NOUNS: ReadonlySet<string> = new Set<string>(nonactNouns.words);

/**
 * Whether a lower-case word is a common English word or a common noun, also in its plural
 * ("fisheries", "explosives"): a word a body's remit is written in, not a name.
 */
export function isEnglishNoun(w: string): boolean {
  if (COMMON_WORDS.has(w) || NONACT_NOUNS.has(w)) return true;
  if (/ies$/.test(w) && NONACT_NOUNS.has(w.slice(0, -3) + "y")) return true;
  return /s$/.test(w) && (NONACT_NOUNS.has(w.slice(0, -1)) || COMMON_WORDS.has(w.slice(0, -1)));
}

/** Parts of people's names, first and last, that the given names lack (@cspell/dict-people-names, src/lexicon/name-parts.json). */
export const NAME_PARTS = new Set<string>(nameParts.words);

/** Those common words that are also parts of people's names ("woods", "gates", "bush"), from @cspell/dict-people-names. */
export const COMMON_NAME_PARTS = new Set<string>(commonWords.nameParts);

/**
 * Nouns that name an idea, a quality or a state, never a thing, place or person ("parenthood",
 * "liberty"), from WordNet (src/lexicon/abstract-nouns.json).
 */
export const ABSTRACT_NOUNS: ReadonlySet<string> = new Set<string>(abstractNouns.words);

/** Abbreviations of kinds of thing ("suv", "pac", "icu"), from WordNet (src/lexicon/common-abbreviations.json). */
export const COMMON_ABBREVIATIONS = new Set<string>(commonAbbreviations.words);

/** Adjectives WordNet writes with a capital, as written ("Costa Rican", "Roman Catholic"; src/lexicon/proper-adjectives.json). */
export const PROPER_ADJECTIVES = new Set<string>(properAdjectives.words);

/**
 * Companies known by one word that is no person's name, common word or place ("Walgreens",
 * "Tumblr"), as written (src/lexicon/companies.json, from @cspell/dict-companies).
 */
export const COMPANY_NAMES: ReadonlySet<string> = new Set<string>(companies.names);

/** Companies named with a founder's possessive ("McDonald's"), written with a straight apostrophe (src/lexicon/companies.json). */
export const POSSESSIVE_COMPANIES: ReadonlySet<string> = new Set<string>(companies.possessives);

/** Prepositions, conjunctions and adverbs ("besides", "unlike", "meanwhile"), from compromise's lexicon (src/lexicon/closed-class.json). */
export const CLOSED_CLASS = new Set<string>(closedClass.words);
/**
 * Adverbs and interjections that introduce a sentence before a comma ("afterward", "okay", "hey"):
 * WordNet's one-word adverbs and compromise's interjections less parts of people's names
 * (src/lexicon/closed-class.json, `introductory`).
 */
export const INTRODUCTORY_WORDS = new Set<string>(closedClass.introductory);

/** The endings of nouns of people by what they do ("-er", "-ist", "-ant", "-man"…). */
export const AGENT_NOUN_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ary|ive|ic)$/;

/** Forms of address that precede a personal name and are dropped from the canonical name. */
export const HONORIFICS = new Set<string>(titles.honorifics);

/** Forms of address that read as a name when followed by a single word ("Lord Hughes", "Prince Andrew"). */
export const NOBLE_TITLES = new Set<string>(titles.nobleTitles);

/**
 * The words WordNet has for one who heads a state or rules ("emir", "tsar", "taoiseach";
 * src/lexicon/person-nouns.json, `rulers`): before a name a form of address ("Taoiseach Dervla
 * Quann" is Dervla Quann), but not after one, where such a word is a surname ("Dan Abed Khalif").
 */
export const RULER_TITLES: ReadonlySet<string> = new Set<string>(personNouns.rulers);

/**
 * Legislatures ("parliament", "congress", "senate"; WordNet's nouns below "legislature",
 * src/lexicon/body-nouns.json `legislatures`): after "member of" one names a seat's holder.
 */
export const LEGISLATURES: ReadonlySet<string> = new Set<string>(bodyNouns.legislatures);

/**
 * The words WordNet has for a company's officers ("ceo", "cfo", "president"; src/lexicon/person-nouns.json,
 * `executives`): only a company or another body has one.
 */
export const EXECUTIVE_TITLES: ReadonlySet<string> = new Set<string>(personNouns.executives);

/**
 * Titles that may stand directly before a name and are written as part of the way the person is
 * addressed ("Sen. Rick Scott", "Judge Indira Talwani"); kept in the titled mention. With them the
 * ruler titles.
 */
export const ADDRESS_TITLES = new Set<string>([...titles.addressTitles, ...RULER_TITLES]);

/** Functional titles: part of a role ("Commons Speaker", "FBI Director"), never of a name. */
export const ROLE_TITLES = new Set<string>(titles.roleTitles);

/** Titles that rank another office written after them ("Chief Constable", "Deputy Governor", "Vice President"). */
export const RANKS: ReadonlySet<string> = new Set(["chief", "deputy", "senior", "assistant", "vice", "principal"]);

/** Modifiers that may open a role before a title ("former Prime Minister"). */
export const ROLE_MODIFIERS = new Set<string>(titles.roleModifiers);

/** Letters after a name that are titles, not part of it ("Guy Vassall-Adams KC"). */
export const POSTNOMINALS = new Set<string>(titles.postnominals);

/** Words that give a company's legal form at the end of its name ("Kellmark Holdings Corp"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  "ltd limited inc incorporated corp corporation company co plc llc llp gmbh ag sa nv holdings group".split(" "),
);

/**
 * A legal form English shortens with a full stop ("Corp", "Inc", "Co", "Ltd"; lower case): the word
 * that closes a company's name as it is written ("Tarvel Corp."), whatever comes after it.
 */
export function abbreviatedLegalForm(lower: string): boolean {
  return LEGAL_FORMS.has(lower) && ABBREVIATIONS.has(lower);
}

/** Last words that make a capitalised run an organisation (a broadcaster's too: "Marlow Radio", "Cresby TV"). */
export const ORG_DESIGNATORS = words(
  "ltd limited inc incorporated corp corporation company co plc llc llp gmbh ag sa nv holdings group bank court " +
    "courts tribunal ministry department office service services agency police constabulary council party " +
    "university college school academy institute institution committee commission authority board bureau centre " +
    "center foundation trust association society union federation organisation organization network command force " +
    "forces army navy guard corps regiment brigade battalion directorate administration chamber parliament assembly " +
    "congress senate cabinet times post news herald guardian telegraph journal tribune gazette mirror express mail " +
    "observer independent chronicle watch typhoon blizzard sandstorm sleet tempest panda bear kitten airlines " +
    "airways motors technologies technology systems labs media press club fc rovers church hospital prison museum " +
    "alliance coalition movement front caucus exchange fund reserve mission embassy consulate consulate-general forum " +
    "industries enterprises partners capital ventures solutions communications telecom pharmaceuticals energy research scientific " +
    "records studios pictures productions entertainment publishing league broadcasting radio television tv unit division team squad cell international global worldwide staff initiative",
);

/** First words that, followed by "of", open an organisation name ("Ministry of Defence"). */
export const ORG_HEADS = words(
  "ministry department office university bank council house court bureau board commission committee church institute " +
    "college school academy federation union association society organisation organization league party directorate " +
    "government secretariat chamber order federal",
);

/** Bodies whose names state their subject after "on" ("Commission on Human Rights"); a conference
 * on a subject is a meeting, no body (CoNLL-2003 train tags "Conference on Disarmament" MISC). */
export const SUBJECT_HEADS = words("committee subcommittee commission council panel caucus");

/**
 * First words that make a capitalised run a military site, a place: a camp ("Camp Dellow") or an
 * armed service's abbreviation before the town it is at ("RAF Orton", "MoD Tarrow").
 */
export const BASE_PREFIXES = words("camp raf mod rnas raaf rcaf");

/** Last words that make a capitalised run a place. */
export const LOC_DESIGNATORS = words(
  "street road avenue lane square park island islands hill hills river lake mountain mountains valley bay sea ocean " +
    "county province region coast peninsula palace castle bridge airport station heath town city borough village " +
    "strait gulf desert forest canal harbour harbor port beach district estate stadium arena field hall manor abbey cathedral tower mall theatre theater " +
    "barracks airfield " +
    "empire republic kingdom emirate sultanate caliphate",
);

/** Last words of names that are laws, events or things, not entities ("Official Secrets Act"). */
export const MISC_FINALS = words(
  "act acts bill law treaty convention agreement accord day week year war cup prize award awards games olympics " +
    "championship championships festival declaration charter strategy plan report doctrine directive regulation " +
    "regulations summit conference protocol code amendment budget scheme programme program operation index album " +
    "film show series tour trophy prix open",
);

/** First words that make a run a thing ("Operation Ivy Bells", "Covid", "Brexit", "Battle of Tarrow"). */
export const MISC_INITIALS = words("operation covid brexit battle siege");

// Month and weekday names with their abbreviations: src/lexicon/calendar.json, the one copy.
export const MONTHS = new Set(calendar.months.flat());
export const WEEKDAYS = new Set(calendar.weekdays.flat());

/**
 * "son of" or "daughter of" inside a name: Arabic and Malay names join a person's own name to the
 * father's with "bin" or "ibn", a daughter's in Malay with "binti" (also "binte", "bte"): "Siti
 * Aminah binti Yusof" is Siti Aminah, Yusof's daughter.
 */
export const PATRONYMICS = words("bin ibn binti binte bte");
/** Words that join the parts of one name ("Ministry of Defence", "Ludwig van Beethoven", "Siti Aminah binti Yusof"). */
export const NAME_PARTICLES = new Set([
  ...words("de del della di da du des van von der den ter la le al el abu mac st"),
  ...PATRONYMICS,
]);

/** The auxiliary and modal verbs, function words that never open a name ("Will", "May" are given names at most). */
export const AUXILIARY_VERBS = words(
  "do does did is are was were be been being have has had will would shall should can could may might must",
);
/** Capitalised words that are never names by themselves: pronouns, determiners, sentence openers. */
export const FUNCTION_WORDS = new Set([
  ...AUXILIARY_VERBS,
  ...words(
    "a an the this that these those it its he she they we i you his her their our my your him them us me who whom " +
      "what which when where why how there here and or but nor so yet for of in on at to from by with without about " +
      "after before during while since until as if then than though although because however meanwhile both each " +
      "every all some any no not none either neither one two three four five six seven eight nine ten first second " +
      "third last next other another many much more most few several such same also only even just still already " +
      "now today tomorrow yesterday tonight later earlier once again instead amid among amongst despite between " +
      "against under over into onto upon within across around through throughout toward towards beyond behind beside " +
      "near outside inside above below following according speaking asked asked, mr mrs ms dr sir yes oh well please " +
      "thank thanks dear hello sorry let let's according whether unless perhaps maybe indeed overall",
  ),
]);

/**
 * Capitalised words that are titles of government or institutions used generically; as a bare
 * word they name no entity ("the Government", "the Prime Minister").
 */
export const GENERIC_CAPITALS = words(
  "government senate congress parliament assembly house lords commons state states minister ministers prime secretary department office court judge justice police " +
    "prosecutors prosecutor parliamentarians mps mp member members chief executive president senator senators " +
    "governor official officials spokesman spokeswoman spokesperson agency service committee council commission " +
    "inquiry tribunal crown home foreign opposition leader party army navy military national federal royal " +
    "international general public west western east eastern north northern south southern central capital " +
    "internet web online email twitter x facebook instagram tiktok youtube whatsapp telegram god allah christmas " +
    "easter covid-19 coronavirus brexit english french german spanish italian latin arabic",
);

/** The compass adjectives and points. */
export const COMPASS_ADJECTIVES = new Set(["eastern", "western", "northern", "southern"]);
export const COMPASS_POINTS = new Set(["east", "west", "north", "south"]);

/**
 * Nationalities and the nouns for peoples, built from WordNet (demonyms.json): never mentions of
 * the country ("Chinese", "Britons"). With the compass words, which open a nationality or a
 * people as a modifier ("South African", "Northern Irish", "Western diplomats").
 */
export const DEMONYMS = new Set<string>([...demonyms.demonyms, ...COMPASS_POINTS, ...COMPASS_ADJECTIVES]);

/** The country a nationality's adjective names, from WordNet ("chinese" → China): "a Chinese embassy spokesman". */
export const COUNTRY_OF_ADJECTIVE: ReadonlyMap<string, string> = new Map(Object.entries(countryAdjectives.countries));

/** Shops, eating places and bars ("bakery", "cafe", "saloon"): after a name's possessive, a business's name ends in one. */
export const SHOP_NOUNS = new Set<string>(shopNouns.words);
