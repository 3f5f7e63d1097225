declare module 'virtual:content-article' {
  const article: import('./content-article').ContentArticle;
  export default article;
}
