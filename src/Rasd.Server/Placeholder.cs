namespace Rasd.Server; public static class Placeholder {}
