// useReducer whose latest state is readable at once. Keys typed quickly arrive
// before React renders again; each must see the state the previous one left.
import {useCallback, useReducer, useRef, type Dispatch, type RefObject} from 'react';

export function useSyncReducer<S, A>(reducer: (state: S, action: A) => S, init: () => S): [S, Dispatch<A>, RefObject<S>] {
	const ref = useRef<S>(undefined as S);
	if (ref.current === undefined) ref.current = init();
	const [, render] = useReducer((count: number) => count + 1, 0);
	const dispatch = useCallback((action: A) => {
		const next = reducer(ref.current, action);
		if (next === ref.current) return;
		ref.current = next;
		render();
	}, [reducer]);
	return [ref.current, dispatch, ref];
}
