export default defineBackground(() => {
  console.log('meta-context background started');
});
