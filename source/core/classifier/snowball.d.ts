declare module 'snowball-stemmers';
