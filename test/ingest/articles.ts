// Three short news articles written for these tests (not taken from any outlet), with the people
// they name, so a corpus generator can rename them.
import type { SourceArticle } from "../../scripts/generate-corpus.js";

export const ARTICLES: SourceArticle[] = [
  {
    id: "harbour-seizure",
    published: "2024-03-14",
    text: [
      "Customs officers at the port of Felixstowe seized 40 kilograms of cocaine hidden in a shipment of bananas on Tuesday, the National Crime Agency said.",
      "Daniel Okafor, 41, a logistics manager from Ipswich, was arrested at his home the same evening and charged with importing a controlled drug.",
      '"This was a sophisticated attempt to exploit legitimate trade," said Helen Marsh, a senior investigating officer at the agency.',
      "Mr Okafor appeared at Ipswich Magistrates' Court on Thursday and was remanded in custody until a hearing at Ipswich Crown Court in April 2024.",
      "His solicitor, Priya Raman, said he would deny the charge and had cooperated fully with investigators since his arrest.",
    ].join("\n\n"),
    people: [
      { name: "Daniel Okafor", mentions: ["Daniel Okafor", "Mr Okafor"] },
      { name: "Helen Marsh", mentions: ["Helen Marsh"] },
      { name: "Priya Raman", mentions: ["Priya Raman"] },
    ],
  },
  {
    id: "council-fraud",
    published: "2023-11-02",
    text: [
      "A former council treasurer has been accused of diverting more than 200,000 pounds of public money into a private account between 2016 and 2022.",
      "Margaret Ellery, 58, who worked for Northdale District Council until last spring, denies fraud by abuse of position.",
      'Prosecutor Simon Hale told Leeds Crown Court that the payments were "disguised as routine supplier invoices" and were found during an audit.',
      "Ms Ellery's barrister said the audit had been rushed and that the council's own controls had failed for years.",
      "The trial, which is expected to last three weeks, continues on Monday.",
    ].join("\n\n"),
    people: [
      { name: "Margaret Ellery", mentions: ["Margaret Ellery", "Ms Ellery"] },
      { name: "Simon Hale", mentions: ["Simon Hale"] },
    ],
  },
  {
    id: "data-breach",
    published: "2025-06-20",
    text: [
      "A regional hospital trust has admitted that the records of 12,000 patients were exposed after a contractor left a database open to the internet for six weeks.",
      "The Information Commissioner's Office said it had opened an investigation and would decide whether to issue a fine later in 2025.",
      '"We are deeply sorry, and we are contacting every patient affected," said Owen Pryce, the trust\'s chief executive.',
      "The contractor, Brightline Systems, said in a statement that it had closed the database within an hour of being told about it.",
      "Campaigners said the breach showed that outsourcing had left patient data poorly protected, and called for an independent review.",
    ].join("\n\n"),
    people: [{ name: "Owen Pryce", mentions: ["Owen Pryce"] }],
  },
];
