// Whether what a message says beyond its templates is an individual reason, a
// pitch, or neither — read twice: by the rules (concrete references in the
// content clauses: a work of the user's, a shared moment, a question about
// their work) and by the trained text model (how messages of each kind are
// worded). Where the two disagree, or the language is one the model was not
// trained on, the suggestion says so and is marked unsure instead of guessed.
import {pushAll} from '../arrays.js';
import type {MessageFacts} from './analyze.js';
import {individuality} from './individual.js';
import type {AnalyzeContext} from './analyze.js';
import type {Shape} from './message.js';
import {pitchLabel, pitchOf} from './pitch.js';
import {stemmerFor} from './stem.js';
import {languageOf} from './text-model/language.js';

export const individualThreshold = 3;

/** Model probabilities from which a reading counts; below them it only supports the rules. */
const pitchAlone = 0.8;
const pitchWithPattern = 0.45;
const individualWithRules = 0.5;
const individualAlone = 0.9;
const templateVeto = 0.6;

/** What a network's suggested text is about: adding to a network or to contacts. */
const networkWords = /\b(network|netzwerk\w*|kontakt\w*|contacts?|contatos?|contactos?|contatti|reseau\w*|red|rede|rete|sieci|netwerk\w*|linkedin|xing)\b/u;

const percent = (value: number) => `${Math.round(value * 100)} %`;

export function readContent(facts: MessageFacts, shape: Shape, message: string, folded: string, weAreBoth: boolean, context: AnalyzeContext): void {
	const {library, model} = context;
	const language = languageOf(shape.body);
	const found = individuality(shape.clauses, {...context, stem: stemmerFor(language)});
	if (found.headlineEcho) facts.hits.push({rule: 'HEADLINE_ECHO', text: 'repeats your own headline back to you'});
	const content = shape.clauses.filter(clause => clause.kind === 'content').map(clause => clause.raw).join(' ');
	const templateClause = weAreBoth || shape.clauses.some(clause => clause.kind === 'default');
	const reading = model.read(shape.body);
	// Beside a template clause only the rest can be a reason: it is read on its own.
	const contentReading = templateClause ? model.read(content) : reading;
	const pPitch = reading.probabilities.pitch;
	const pIndividual = contentReading.probabilities.individual;
	const pTemplate = reading.probabilities.template;

	facts.shortTemplate = pTemplate >= 0.8 && shape.body.split(/\s+/).length <= 12 && networkWords.test(folded);
	const pitch = pitchOf(folded, message, library);
	facts.pitchScore = pitch.score;
	const byRules = found.score >= individualThreshold;
	const byModel = pIndividual >= individualWithRules;
	const pitchy = pitch.score >= 2 || pPitch >= pitchAlone || (pitch.score >= 1 && pPitch >= pitchWithPattern);
	// A pitch the patterns do not show, in a message that also names something of the user's:
	// neither spam nor a reason can be told for sure, so it is declined quietly and marked unsure.
	// So is a reason that reads partly like a pitch without naming anything of the user's by its title.
	const torn = (pitchy && pitch.score < 2 && !pitch.link && pPitch < 0.9 && byRules) || (!pitchy && byRules && !found.strong && pPitch >= 0.3);
	facts.pitch = pitchy && !torn;
	const supported = !language || model.languages.has(language);
	const individual = !pitchy && !torn && !facts.templated && !found.headlineEcho && (supported || found.strong) && (
		(byRules && (byModel || found.strong || pTemplate < templateVeto))
		|| (pIndividual >= individualAlone && found.score >= 1 && !templateClause)
	);
	facts.individual = individual ? Math.max(found.score, individualThreshold) : Math.min(found.score, individualThreshold - 1);

	if (facts.pitch) {
		const evidence = pitch.score >= 1 ? pitch.evidence : reading.best === 'pitch' ? reading.evidence : [];
		const label = pitch.score >= 2 ? pitchLabel(pitch.kind) : `reads like a pitch (${percent(pPitch)})`;
		facts.hits.push({rule: 'SALES_PITCH', text: `${label}${evidence.length > 0 ? `: ${evidence.join(', ')}` : ''}`});
		if (byRules || pIndividual >= 0.4) facts.unsure.push('a pitch, but it also reads as written to you');
	}
	if (individual) {
		pushAll(facts.hits, found.hits);
		if (byModel) facts.hits.push({rule: 'SPECIFIC_TEXT', text: `reads as written to you (${percent(pIndividual)})${contentReading.best === 'individual' && contentReading.evidence.length > 0 ? `: ${contentReading.evidence.join(', ')}` : ''}`});
		if ((!byModel && !found.strong) || pPitch >= 0.3) facts.unsure.push(byModel || found.strong ? 'it reads partly like a pitch' : 'its wording reads like a template');
	} else if (torn) {
		facts.hits.push({rule: 'GENERIC_TEXT', text: `reads partly like a pitch (${percent(pPitch)}${reading.best === 'pitch' && reading.evidence.length > 0 ? `: ${reading.evidence.join(', ')}` : ''}), partly as written to you`});
		facts.unsure.push('it may be a pitch, or an individual reason');
	} else if (!facts.pitch) {
		if (!facts.templated && !weAreBoth && !found.headlineEcho) {
			const like = reading.best === 'template' && reading.evidence.length > 0 ? `: ${reading.evidence.join(', ')}` : '';
			facts.hits.push({rule: 'GENERIC_TEXT', text: found.hits.length > 0 ? `says little that is specific to you (${found.hits[0]!.text})` : `says nothing specific about you${pTemplate >= 0.5 ? ` (reads like a template, ${percent(pTemplate)}${like})` : ''}`});
		}
		if (byRules || pIndividual >= 0.6) facts.unsure.push('it may be an individual reason');
	}
	if (!supported) facts.unsure.push(`written in a language the screening cannot read yet (${language})`);
}
