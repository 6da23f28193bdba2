// Word stems per language (Snowball, through snowball-stemmers), so that a
// message naming "Kontaktanfragen" names the post "Kontaktanfrage", and
// "masterclasses" the "masterclass": real stemming rules instead of cutting
// every word after five letters, which made "communications" name "community".
import snowball from 'snowball-stemmers';

const algorithms: Record<string, string> = {de: 'german', en: 'english', fr: 'french', it: 'italian', es: 'spanish', pt: 'portuguese', nl: 'dutch'};

type Stemmer = {stem: (word: string) => string};
const stemmers = new Map<string, Stemmer | null>();
const remembered = new Map<string, string>();

/** A function from a folded word to its stem in `language`; words unchanged where the language has no stemmer. */
export function stemmerFor(language: string): (word: string) => string {
	let stemmer = stemmers.get(language);
	if (stemmer === undefined) {
		stemmer = algorithms[language] ? (snowball as {newStemmer: (name: string) => Stemmer}).newStemmer(algorithms[language]!) : null;
		stemmers.set(language, stemmer);
	}
	if (!stemmer) return word => word;
	const found = stemmer;
	return word => {
		const key = `${language}\u0000${word}`;
		let stem = remembered.get(key);
		if (stem === undefined) {
			stem = word.length > 3 ? found.stem(word) : word;
			if (remembered.size > 200_000) remembered.clear();
			remembered.set(key, stem);
		}
		return stem;
	};
}
