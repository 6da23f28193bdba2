// The text model shipped with netinbox, trained from data/messages/ by `npm run build`.
import data from '../../../../data/text-model.json' with {type: 'json'};
import {TextModel, type TextModelData} from './model.js';

let shipped: TextModel | undefined;

export function shippedTextModel(): TextModel {
	shipped ??= new TextModel(data as unknown as TextModelData);
	return shipped;
}
