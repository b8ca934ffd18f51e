// Given names common in English-language news, with the gender they usually mark. Used both to
// recognise a capitalised pair as a person ("Dawn Sturgess") and to resolve he/she. Names used
// for both genders (Sam, Alex, Jordan, Robin…) are listed as unisex and mark no gender.

const list = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const MALE = list(`
aaron abdul abdullah adam adrian ahmed ahmad alan alastair albert alberto alejandro alexander alexei alexey alfred
ali alistair amir anders andre andrea andreas andrew andrei andrey andy angus anthony anton antonio archie arnold
arthur artem ashley barack barry ben benedict benjamin bernard bernie bill billy bizer bob bobby boris brad bradley
brandon breon brendan brett brian bruce bryan callum calvin cameron carl carlos charles charlie chi chris christian
christopher chung clive colin conor craig dale damian daniel danny darren dave david dean dennis derek dermot
desmond dmitry dmitri dominic don donald douglas duncan dylan ed eddie edgar edward elon emmanuel enrique eric
ernest eugen eugene evan fabian felix fernando francis francisco frank fred frederick gary gavin geoffrey george
gerald gerard gordon graham grant greg gregory guy hamish harold harouna harry hassan henry herbert howard hugh
hugo iain ian igor ivan jack jacob jake james jamie jan jason javier jeff jeffrey jeremy jerome jim jimmy joe joel
johan john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl kashif keir keith ken kenneth
kevin kieran kim kirk kwasi lance larry lee leo leon leonard lewis liam lindsay lloyd louis luca lucas luis luke
malcolm marco marcus mario mark martin matt matthew max michael michel miguel mike mikhail mohamed mohammed
muhammad murray nathan neil nicholas nick nigel nikolai noah norman oliver omar orlin oscar owen pablo patrick paul
pedro peter philip phillip pierre piers rafael ralph ramzan raymond reginald richard rick rishi rob robert
rod roger roman ron ronald rory ross roy rupert russell ryan sadiq salman sam samuel scott sean sebastian sergei
sergey seth shaun shane simon stanley stefan stephen steve steven stuart ted terry theo thomas tihomir tim
timothy toby todd tom tommy tony trevor tyler valentin victor vikram vince vincent vladimir volodymyr
walter warren wayne wes william willie xavier yaroslav yevgeny yuri zach zachary
`);

const FEMALE = list(`
abigail ada adele agnes aisha alexandra alice alicia alison amanda amber amelia amy ana andrea angela angelina anita
ann anna anne annette anouk antonia ashley audrey barbara beatrice bella bethan betty beverley bonnie brenda bridget
caroline carol carolyn catherine cathy charlotte chelsea cheryl chloe christina christine claire clara claudia
cristina cynthia daisy dana danielle dawn debbie deborah denise diana diane dominique donna doris dorothy edith
eileen elaine eleanor elena elise elizabeth ella ellen ellie emily emma erin esther eva eve evelyn fatima fiona
florence frances gemma georgia gillian gina gloria grace hannah harriet hayley heather helen helena holly ida ingrid
irene iris isabel isabella isabelle jackie jacqueline jane janet janice jasmine jean jennifer jenny jess jessica
jill joan joanna joanne josephine joy joyce judith judy julia julie juliet justine karen kate katherine kathleen
kathryn kathy katie katrin kay kelly kemi kirsty kristina lara laura lauren leah lesley linda lisa liz lois lorna
louise lucy lydia lynn madeleine maggie mandy margaret maria marian marie marina marion marjorie martha mary
matilda maya megan melania melanie melissa mia michelle miriam molly monica nadia nadine nancy naomi natalie
natasha nicola nicole nina nora olga olivia pamela patricia paula pauline penny priti rachel rebecca rita rose
rosie ruth sabrina sally samantha sandra sara sarah shabana sharon sheila shirley silvia sofia sonia sophie stella
stephanie sue susan suzanne suella svetlana sylvia tamara tania tanya teresa theresa tina tracy ursula valerie
vanessa vanya vera veronica victoria violet virginia wendy yulia yvette yvonne zara zoe
`);

const UNISEX = list(`
alex jordan sam robin chris kim lee jamie taylor morgan casey jessie charlie ashley frankie billie sidney
`);

const GENDER = new Map<string, "male" | "female" | null>();
for (const n of MALE) GENDER.set(n, "male");
for (const n of FEMALE) GENDER.set(n, GENDER.has(n) ? null : "female");
for (const n of UNISEX) GENDER.set(n, null);

/** Whether a word is a known given name (any gender). */
export function isGivenName(word: string): boolean {
  return GENDER.has(word.toLowerCase());
}

/** The gender a given name usually marks, or null when unknown or used for both. */
export function givenNameGender(word: string): "male" | "female" | null {
  return GENDER.get(word.toLowerCase()) ?? null;
}

/**
 * Common Chinese, Korean and Vietnamese family names, written first ("Wang Yi", "Kim Jong Un").
 * Only read for runs of two or three capitalised words that no other list knows.
 */
const EAST_ASIAN_FAMILY = new Set(
  list(`
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie tang han feng deng
cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao xi ni qin fu fan mao
kim park choi jung jeong kang cho yoon jang lim nguyen tran pham hoang vu vo dang bui ngo duong
`),
);

export function isEastAsianFamilyName(word: string): boolean {
  return EAST_ASIAN_FAMILY.has(word.toLowerCase());
}
