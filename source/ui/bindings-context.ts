// The effective key bindings (defaults plus the user's keys.json) for every component that shows keys.
import {createContext, useContext} from 'react';
import {keymap, type Binding} from './keymap.js';

export const BindingsContext = createContext<Binding[]>(keymap);

export const useBindings = (): Binding[] => useContext(BindingsContext);
