using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MarginInsurance.Core.Tests")]
