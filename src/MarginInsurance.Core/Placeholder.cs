namespace MarginInsurance.Core; public static class Placeholder {}
