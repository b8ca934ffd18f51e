// The one list this project reads from the `stopword` package (MIT): English function words.
declare module "stopword" {
  export const eng: string[];
}
