/** Breeds and kinds of animal people name their pets after (`Shep, my collie`, `our kelpie, Bluey`). Lower-case. */
export const PET_KINDS: readonly string[] = `
  collie border-collie kelpie heeler blue-heeler labrador lab retriever spaniel springer cocker terrier staffie staffy
  jack-russell westie yorkie poodle cockapoo labradoodle cavapoo greyhound whippet lurcher beagle dachshund sausage-dog
  pug bulldog frenchie boxer rottweiler doberman alsatian shepherd husky malamute chihuahua shih-tzu corgi
  schnauzer mastiff pitbull pit-bull setter pointer hound mutt moggy tabby donkey mule alpaca llama ferret rabbit bunny
  guinea-pig hamster tortoise turtle snake lizard gecko chicken hen rooster duck goose cockatoo cockatiel lorikeet
  galah canary pigeon heifer bull ram ewe lamb sheepdog gundog coonhound bloodhound foxhound wolfhound basset bluetick
  redbone sheltie newfie
`
  .trim()
  .split(/\s+/)
  .map((word) => word.replace(/-/g, ' '));
